SELECT count(*) = 2 FROM t
