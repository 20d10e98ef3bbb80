SELECT count(*) = 2 AND min(id) = 100 FROM charges
