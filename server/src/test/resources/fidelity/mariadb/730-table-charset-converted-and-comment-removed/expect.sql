SELECT name = 'abc' FROM t
