SELECT qty = 5 FROM p WHERE id = 1
