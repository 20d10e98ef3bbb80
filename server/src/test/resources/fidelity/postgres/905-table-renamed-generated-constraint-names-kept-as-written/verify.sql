SELECT count(*) = 1 FROM purchases WHERE code = 'A'
