SELECT count(*) FILTER (WHERE qty = 0) = 2 AND count(*) FILTER (WHERE qty = 5) = 1 AND count(*) = 3 FROM t
