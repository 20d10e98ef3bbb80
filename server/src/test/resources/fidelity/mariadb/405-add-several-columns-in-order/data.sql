INSERT INTO items (id, title) VALUES (1, 'pen'), (2, 'ink');
