SELECT (SELECT count(*) FROM graphile_worker.known_crontabs) = 1
