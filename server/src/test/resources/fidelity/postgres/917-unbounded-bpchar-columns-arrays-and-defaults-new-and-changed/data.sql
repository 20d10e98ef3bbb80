INSERT INTO t VALUES (1, 'ab', 'cd', 'ef');
