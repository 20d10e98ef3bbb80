SELECT price = 12.5 FROM items
