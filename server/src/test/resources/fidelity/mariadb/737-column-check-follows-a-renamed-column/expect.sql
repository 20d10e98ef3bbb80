SELECT quantity = 3 FROM p
