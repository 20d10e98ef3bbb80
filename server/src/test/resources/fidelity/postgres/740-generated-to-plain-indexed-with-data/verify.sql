SELECT count(*) = 3 AND sum(gross) = 185.55 FROM orders
