SELECT COUNT(*) = 2 FROM items WHERE currency = 'EUR' AND stock = 0 AND sku IS NULL
