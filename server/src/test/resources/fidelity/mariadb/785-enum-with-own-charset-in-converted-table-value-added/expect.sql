SELECT COUNT(*) = 1 FROM items WHERE kind = 'dvd' AND tags = 'new,sale' AND label = 'Film'
