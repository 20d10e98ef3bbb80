INSERT INTO orders VALUES (1, 1), (1, 2);
