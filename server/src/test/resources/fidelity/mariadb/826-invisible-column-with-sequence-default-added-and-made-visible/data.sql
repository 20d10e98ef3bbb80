INSERT INTO documents (id, title) VALUES (1, 'a'), (2, 'b');
