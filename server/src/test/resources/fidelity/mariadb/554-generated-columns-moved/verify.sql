SELECT COUNT(*) = 2 FROM order_lines WHERE (id = 1 AND net = 10.00 AND qty = 2 AND gross = 12.00 AND label = '#1') OR (id = 2 AND net = 2.50 AND qty = 1 AND gross = 3.00 AND label = '#2')
