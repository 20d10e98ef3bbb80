INSERT INTO users (name, code) VALUES ('ann', 'AB');
