INSERT INTO orders (id, note) VALUES (1, 'x');
