INSERT INTO payments VALUES (1, 5, 'eur', 'refund'), (2, 100, 'USD', NULL);
