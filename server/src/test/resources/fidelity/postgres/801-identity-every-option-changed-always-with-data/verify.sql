SELECT (SELECT count(*) FROM events) = 2 AND (SELECT id FROM ticks) = 100
