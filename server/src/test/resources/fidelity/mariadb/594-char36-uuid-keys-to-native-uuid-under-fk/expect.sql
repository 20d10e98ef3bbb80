SELECT COUNT(*) = 1 FROM payments p JOIN accounts a ON a.id = p.account_id
