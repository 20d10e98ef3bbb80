INSERT INTO users (name, email) VALUES ('ann', 'ann@x');
INSERT INTO posts (user_id, title) VALUES (1, 'hi');
