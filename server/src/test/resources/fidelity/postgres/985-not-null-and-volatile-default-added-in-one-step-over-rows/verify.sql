SELECT count(DISTINCT ref) = 3 AND count(*) FILTER (WHERE note = '') = 2 FROM ev
