INSERT INTO sessions VALUES (1, 7, 100, 'x1'), (2, 7, 200, 'x2'), (3, 8, 300, 'x3');
