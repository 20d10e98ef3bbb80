INSERT INTO orders VALUES (1, 'open', 1), (2, 'shipped', 2);
