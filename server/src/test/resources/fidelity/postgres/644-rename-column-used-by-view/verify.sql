SELECT name = 'x' FROM t WHERE id = 1
