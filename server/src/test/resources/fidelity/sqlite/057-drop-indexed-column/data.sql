INSERT INTO users (name, email, note) VALUES ('ann', 'a@x', 'n');
