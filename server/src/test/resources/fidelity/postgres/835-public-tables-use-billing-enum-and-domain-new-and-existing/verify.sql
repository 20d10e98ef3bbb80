SELECT total = 9.99 AND currency = 'EUR' FROM orders
