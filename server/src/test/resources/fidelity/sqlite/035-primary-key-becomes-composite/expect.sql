SELECT SUM(qty) = 11 FROM stock
