INSERT INTO codes VALUES (1, 'ab', 'x'), (2, 'cd', 'y');
