INSERT INTO links VALUES (1, 2), (2, 1);
