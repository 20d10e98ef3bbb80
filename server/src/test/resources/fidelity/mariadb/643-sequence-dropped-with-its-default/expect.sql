SELECT COUNT(*) = 2 FROM orders WHERE num >= 100
