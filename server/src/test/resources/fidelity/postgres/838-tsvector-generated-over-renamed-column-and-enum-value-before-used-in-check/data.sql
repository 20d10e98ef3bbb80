INSERT INTO posts (id, headline, body) VALUES (1, 'Hello', 'world');
