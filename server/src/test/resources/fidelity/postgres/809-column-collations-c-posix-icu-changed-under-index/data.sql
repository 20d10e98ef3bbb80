INSERT INTO words VALUES (1, 'a', 'b', 'c');
