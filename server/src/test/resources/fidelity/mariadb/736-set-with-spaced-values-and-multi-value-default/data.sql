INSERT INTO t VALUES (1, 'tue'), (2, 'mon,wed');
