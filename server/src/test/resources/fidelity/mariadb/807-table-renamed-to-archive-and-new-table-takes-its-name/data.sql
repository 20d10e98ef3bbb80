INSERT INTO users (login) VALUES ('ada'), ('alan');
INSERT INTO posts (user_id) VALUES (1), (2);
