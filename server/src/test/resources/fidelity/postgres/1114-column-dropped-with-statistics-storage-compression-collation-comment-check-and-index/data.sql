INSERT INTO docs VALUES (1, 'a', 'x');
