SELECT a = 5 AND b = 'h' FROM t WHERE id = 1
