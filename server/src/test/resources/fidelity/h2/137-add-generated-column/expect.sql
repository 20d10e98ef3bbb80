SELECT total = 10 FROM items
