INSERT INTO parents VALUES (1, 'p');
INSERT INTO kids VALUES (1, 'p');
