SELECT COUNT(*) = 2 FROM accounts WHERE balance = 0.00
