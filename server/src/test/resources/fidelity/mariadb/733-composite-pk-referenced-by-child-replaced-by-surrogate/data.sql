INSERT INTO parent VALUES (1, 1), (1, 2);
INSERT INTO child VALUES (1, 1, 2);
