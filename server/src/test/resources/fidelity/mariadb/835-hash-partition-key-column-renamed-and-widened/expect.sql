SELECT COUNT(*) = 3 FROM events WHERE account_id IN (1, 2, 7)
