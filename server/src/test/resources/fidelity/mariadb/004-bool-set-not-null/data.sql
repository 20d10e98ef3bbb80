INSERT INTO users (name, active) VALUES ('ann', 1), ('bob', 0);
