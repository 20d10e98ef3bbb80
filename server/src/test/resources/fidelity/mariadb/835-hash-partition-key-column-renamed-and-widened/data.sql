INSERT INTO events VALUES (1, 1, 'a'), (2, 2, 'b'), (3, 7, 'c');
