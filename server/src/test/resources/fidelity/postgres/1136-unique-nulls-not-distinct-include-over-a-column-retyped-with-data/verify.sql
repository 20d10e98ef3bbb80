SELECT (SELECT count(*) FROM badges) = 3
