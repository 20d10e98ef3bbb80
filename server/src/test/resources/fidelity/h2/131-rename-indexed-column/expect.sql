SELECT mail = 'a@x' FROM items
