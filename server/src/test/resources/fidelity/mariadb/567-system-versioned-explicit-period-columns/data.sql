INSERT INTO contracts VALUES (1, 'acme', 100.00);
