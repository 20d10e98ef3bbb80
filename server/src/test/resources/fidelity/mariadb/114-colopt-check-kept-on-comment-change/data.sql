INSERT INTO users (name, qty) VALUES ('ann', 2);
