INSERT INTO users (name, nick) VALUES ('ann', 'annie');
