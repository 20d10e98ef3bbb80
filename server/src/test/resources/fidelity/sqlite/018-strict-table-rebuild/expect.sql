SELECT COUNT(*) = 2 FROM t WHERE v IN ('a', 'b')
