SELECT x = 'A' AND y = 'B' FROM t
