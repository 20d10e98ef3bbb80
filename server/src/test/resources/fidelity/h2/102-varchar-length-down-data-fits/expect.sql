SELECT name = 'short' FROM items
