INSERT INTO docs VALUES (1, 'abc', NULL, 2, 'x');
