SELECT (SELECT total FROM lines WHERE quantity = 2) = 21.00
