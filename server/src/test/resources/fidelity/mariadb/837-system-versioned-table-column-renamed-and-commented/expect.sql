SELECT COUNT(*) = 1 FROM balances WHERE amount = 12.50
