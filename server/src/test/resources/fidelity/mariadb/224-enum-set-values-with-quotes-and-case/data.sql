INSERT INTO answers VALUES (1, 'yes', 'Read,Write');
