INSERT INTO orders VALUES (1, 'ann', 'Main St 1', 'Oslo', 12.50), (2, 'bob', NULL, NULL, 3.00);
