SELECT COUNT(*) = 1 FROM t WHERE doc = 'd1' AND note = 'x'
