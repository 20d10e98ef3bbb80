SELECT COUNT(*) = 2 FROM accounts WHERE (id, code) IN ((1, 'A1'), (2, 'B2'))
