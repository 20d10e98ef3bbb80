INSERT INTO t VALUES (1, 'x', 2, NULL), (2, 'y', 3, 1);
