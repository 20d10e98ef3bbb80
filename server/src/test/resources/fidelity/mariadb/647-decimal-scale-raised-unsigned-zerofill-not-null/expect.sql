SELECT price = 12.34 FROM p
