SELECT (SELECT count(*) FROM child) = 2
