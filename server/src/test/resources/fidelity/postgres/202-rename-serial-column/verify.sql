SELECT key = 1 FROM t
