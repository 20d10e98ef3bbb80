SELECT amount = 123456.78 AND rate = 0.5 FROM prices
