SELECT items = '[1,2]' FROM carts WHERE id = 1
