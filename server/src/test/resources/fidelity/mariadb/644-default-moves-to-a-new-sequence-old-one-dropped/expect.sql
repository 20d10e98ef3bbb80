SELECT num = 100 FROM orders WHERE id = 1
