INSERT INTO users (name, level) VALUES ('ann', 1), ('bob', 0);
