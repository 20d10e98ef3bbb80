SELECT COUNT(*) = 2 AND MIN(quantity) = 0 FROM stock
