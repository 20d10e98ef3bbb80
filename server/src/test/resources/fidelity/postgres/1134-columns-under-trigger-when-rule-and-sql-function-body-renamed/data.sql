INSERT INTO orders VALUES (1, 'open', NULL);
