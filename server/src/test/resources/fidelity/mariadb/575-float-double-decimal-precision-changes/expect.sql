SELECT amount = 12.34 AND weight = 70.5 FROM measurements WHERE id = 1
