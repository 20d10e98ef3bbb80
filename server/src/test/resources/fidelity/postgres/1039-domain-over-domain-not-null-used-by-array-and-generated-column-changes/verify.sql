SELECT total = 102 AND extras[2] = 2 FROM quotes
