SELECT status = 'paid' FROM orders
