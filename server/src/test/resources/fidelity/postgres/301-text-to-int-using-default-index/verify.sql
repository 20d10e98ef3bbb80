SELECT sum(qty) = 12 FROM stock
