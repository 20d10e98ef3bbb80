SELECT (SELECT count(*) FROM stock) = 2
