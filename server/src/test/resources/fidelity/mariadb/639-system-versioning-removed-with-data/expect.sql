SELECT amount = 9.99 FROM prices WHERE id = 1
