SELECT name = 'abc' FROM items
