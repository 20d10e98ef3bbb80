SELECT status = 'shipped' FROM orders WHERE id = 2
SELECT COUNT(*) = 2 FROM orders
