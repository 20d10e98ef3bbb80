INSERT INTO authors (name) VALUES ('a');
INSERT INTO notes (author_id, body) VALUES (1, 'hello world');
