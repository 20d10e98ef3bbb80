SELECT qty = 3 FROM items
