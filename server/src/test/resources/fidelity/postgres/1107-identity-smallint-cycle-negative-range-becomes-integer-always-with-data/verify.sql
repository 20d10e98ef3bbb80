SELECT (SELECT count(*) FROM codes) = 3 AND (SELECT max(id) FROM codes) = -98
