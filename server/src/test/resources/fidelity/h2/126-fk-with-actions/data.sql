INSERT INTO parents VALUES (1, 'p1');
INSERT INTO kids VALUES (1, 1, 'p1');
