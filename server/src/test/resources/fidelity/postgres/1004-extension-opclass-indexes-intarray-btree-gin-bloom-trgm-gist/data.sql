INSERT INTO docs VALUES (1, '{1,2}', 1, 'hello', 1, 2, 3);
