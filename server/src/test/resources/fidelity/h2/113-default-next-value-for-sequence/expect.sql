SELECT code = 5 FROM items
