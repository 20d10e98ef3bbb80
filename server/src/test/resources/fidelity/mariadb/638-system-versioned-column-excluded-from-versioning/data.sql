INSERT INTO prices VALUES (1, 9.99, 'x');
