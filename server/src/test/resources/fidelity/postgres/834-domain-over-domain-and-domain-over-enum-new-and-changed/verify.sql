SELECT qty = 5 FROM items
