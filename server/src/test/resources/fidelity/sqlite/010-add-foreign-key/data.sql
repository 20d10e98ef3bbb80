INSERT INTO users (name) VALUES ('ann'), ('bob');
INSERT INTO posts VALUES (1, 1);
