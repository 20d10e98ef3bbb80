SELECT (SELECT total FROM lines WHERE id = 1) = 240.000
