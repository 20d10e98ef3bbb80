SELECT COUNT(*) = 1 FROM order_items i JOIN products p ON p.id = i.product_id WHERE p.name = 'A'
