SELECT COUNT(*) = 1 FROM t WHERE doc = 'abc' AND note = 'n1' AND body = 'b1' AND raw = 'r1'
