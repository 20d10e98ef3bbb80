SELECT COUNT(*) = 1 FROM customers WHERE score = 10.00 AND tier = 'free'
