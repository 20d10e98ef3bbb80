INSERT INTO users (name, street, city) VALUES ('ann', 'Main 1', 'Oslo'), ('bob', NULL, NULL);
