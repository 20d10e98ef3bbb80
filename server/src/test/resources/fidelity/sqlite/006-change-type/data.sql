INSERT INTO users (name, score) VALUES ('ann', 3);
