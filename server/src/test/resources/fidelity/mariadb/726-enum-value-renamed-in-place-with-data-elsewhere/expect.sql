SELECT COUNT(*) = 1 FROM t WHERE id = 1 AND kind = 'a'
