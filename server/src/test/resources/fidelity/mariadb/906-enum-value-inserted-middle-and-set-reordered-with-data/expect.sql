SELECT COUNT(*) = 1 FROM orders WHERE id = 1 AND state = 'shipped' AND FIND_IN_SET('gift', flags) > 0 AND FIND_IN_SET('fragile', flags) > 0 AND FIND_IN_SET('rush', flags) = 0
SELECT COUNT(*) = 1 FROM orders WHERE id = 2 AND state = 'paid' AND flags = 'rush'
