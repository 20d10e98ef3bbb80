SELECT SUM(total) = 37.75 AND MAX(id) = 3 FROM orders
