INSERT INTO slots VALUES (1, 'a', 1, 'x'), (2, 'a', 2, 'y');
