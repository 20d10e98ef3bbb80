SELECT f = 1.5 AND g = 2.25 FROM num
