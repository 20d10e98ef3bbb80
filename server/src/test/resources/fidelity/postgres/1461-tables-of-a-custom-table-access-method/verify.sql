SELECT (SELECT count(*) FROM readings) = 2 AND (SELECT count(*) FROM sensors) = 1 AND (SELECT count(*) FROM stations) = 1
