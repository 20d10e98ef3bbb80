INSERT INTO users (email, city) VALUES ('a@x', 'Oslo'), ('b@x', NULL);
