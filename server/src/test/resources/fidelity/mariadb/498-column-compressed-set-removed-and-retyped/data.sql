INSERT INTO t VALUES (1, 'abc', 'n1', 'b1', 'r1'), (2, NULL, NULL, 'b2', NULL);
