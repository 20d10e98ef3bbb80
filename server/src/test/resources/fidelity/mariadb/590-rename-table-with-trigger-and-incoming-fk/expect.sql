SELECT total = 2.50 FROM baskets WHERE id = 1
