SELECT sku = 'A-1' FROM products WHERE id = 1
