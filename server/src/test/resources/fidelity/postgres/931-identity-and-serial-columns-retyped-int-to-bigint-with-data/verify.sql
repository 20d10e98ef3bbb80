SELECT count(*) = 2 AND max(g) = 110 FROM t
