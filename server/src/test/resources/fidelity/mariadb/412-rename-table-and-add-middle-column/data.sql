INSERT INTO person VALUES (1, 'ann', '1990-01-01');
