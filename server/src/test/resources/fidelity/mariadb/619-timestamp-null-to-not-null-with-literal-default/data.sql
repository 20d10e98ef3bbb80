INSERT INTO users (name, seen) VALUES ('ann', '2021-05-05 10:00:00'), ('bob', NULL);
