SELECT flags = 5 AND made = 1999 FROM cars WHERE id = 1
