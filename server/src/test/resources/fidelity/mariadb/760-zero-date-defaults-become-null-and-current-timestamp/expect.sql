SELECT COUNT(*) = 1 FROM orders WHERE id = 2 AND shipped = '0000-00-00' AND created = '0000-00-00 00:00:00'
