WITH e AS (INSERT INTO events (kind) VALUES ('d') RETURNING id), l AS (INSERT INTO logs (msg) VALUES ('c') RETURNING id) SELECT (SELECT id FROM e) = 8 AND (SELECT id FROM l) > 2
