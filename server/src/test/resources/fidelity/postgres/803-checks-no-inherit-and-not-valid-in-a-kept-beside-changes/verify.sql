SELECT balance = 5 FROM accounts WHERE id = 1
