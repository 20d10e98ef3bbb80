SELECT count(*) = 1 FROM t WHERE a = 1 AND b = 'x' AND c = '2024-01-01'
