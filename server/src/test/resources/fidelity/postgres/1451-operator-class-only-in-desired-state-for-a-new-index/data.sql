INSERT INTO scores VALUES (1, 10), (2, 30), (3, 20);
