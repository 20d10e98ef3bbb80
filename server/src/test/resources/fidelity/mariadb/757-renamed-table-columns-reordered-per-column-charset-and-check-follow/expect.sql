SELECT COUNT(*) = 1 FROM products WHERE sku = 'W-1' AND description = 'Widget' AND quantity = 5 AND price = 9.99
