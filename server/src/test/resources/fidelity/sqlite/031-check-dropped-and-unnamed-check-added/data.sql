INSERT INTO users (name, age) VALUES ('ann', 30);
