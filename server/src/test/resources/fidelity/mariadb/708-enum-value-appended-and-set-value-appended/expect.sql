SELECT COUNT(*) = 1 FROM items WHERE id = 1 AND status = 'old' AND tags = 'a,b'
