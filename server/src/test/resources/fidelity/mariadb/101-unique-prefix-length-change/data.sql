INSERT INTO pages VALUES (1, 'a'), (2, 'b');
