SELECT status = 'paid' FROM items
