SELECT SUM(total) = 15.50 FROM orders
