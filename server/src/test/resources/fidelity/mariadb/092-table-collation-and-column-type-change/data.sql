INSERT INTO posts (id, slug) VALUES (1, 'hello-world');
