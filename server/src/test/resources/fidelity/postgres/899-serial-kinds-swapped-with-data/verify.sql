SELECT count(*) = 2 AND max(b) = 2 FROM t
