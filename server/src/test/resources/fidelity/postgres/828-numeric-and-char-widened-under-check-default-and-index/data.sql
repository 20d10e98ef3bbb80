INSERT INTO prices VALUES (1, 12.34, 'USD', 'a');
