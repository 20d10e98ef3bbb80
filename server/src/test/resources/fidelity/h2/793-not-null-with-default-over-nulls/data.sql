INSERT INTO t VALUES (1, 4, 'x'), (2, NULL, NULL), (3, NULL, 'y');
