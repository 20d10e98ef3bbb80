INSERT INTO settings VALUES (1, 'x');
