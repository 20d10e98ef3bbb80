INSERT INTO t VALUES (1, 'was a', 'was b');
