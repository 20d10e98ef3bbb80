SELECT order_number >= 1000 FROM orders WHERE id = 1
