INSERT INTO parent VALUES (1); INSERT INTO child VALUES (1, 1, -5), (2, 99, 3);
