INSERT INTO users (name, secret) VALUES ('ann', 'y');
