SELECT COUNT(*) = 1 FROM accounts WHERE id = 1 AND email = 'a@x' AND name = 'Ann' AND secret IS NULL
