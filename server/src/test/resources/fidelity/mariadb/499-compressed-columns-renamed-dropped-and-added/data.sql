INSERT INTO t VALUES (1, 'd1', 'g1', 'x');
