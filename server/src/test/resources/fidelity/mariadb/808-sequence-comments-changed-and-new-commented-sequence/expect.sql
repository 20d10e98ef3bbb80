SELECT COUNT(*) = 2 FROM orders WHERE order_no >= 1000
