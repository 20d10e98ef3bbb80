INSERT INTO logs VALUES (1, 'x');
