SELECT (SELECT count(*) FROM clicks WHERE target = 'x') = 1 AND (SELECT count(*) FROM events) = 1
