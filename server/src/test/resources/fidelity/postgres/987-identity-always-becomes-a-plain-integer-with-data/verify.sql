SELECT count(*) = 2 AND max(id) = 2 AND min(n) = 100 FROM t
