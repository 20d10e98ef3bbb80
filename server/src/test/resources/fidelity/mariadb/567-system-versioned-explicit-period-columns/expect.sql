SELECT amount = 100 FROM contracts WHERE id = 1
