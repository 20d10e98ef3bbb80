SELECT name = 'x' FROM t
