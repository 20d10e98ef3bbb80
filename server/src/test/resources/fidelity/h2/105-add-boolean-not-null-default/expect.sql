SELECT COUNT(*) = 2 FROM items WHERE active
