INSERT INTO msgs VALUES (1, 'x', 'a');
