SELECT count(*) = 4 AND bool_and(kind = 'misc') FROM events
