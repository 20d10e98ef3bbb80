INSERT INTO docs VALUES (1, 'a', 'x'), (2, 'b', 'y');
