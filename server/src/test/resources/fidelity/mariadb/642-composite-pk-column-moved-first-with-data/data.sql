INSERT INTO m VALUES (1, 'a', 7), (2, 'b', 7);
