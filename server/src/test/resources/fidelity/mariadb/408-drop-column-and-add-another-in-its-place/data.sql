INSERT INTO accounts VALUES (1, 1250, 'ann'), (2, 0, 'bob');
