INSERT INTO logs VALUES (1, 'x'), (2, 'y');
