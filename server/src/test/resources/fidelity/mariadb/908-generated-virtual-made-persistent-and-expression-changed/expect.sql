SELECT COUNT(*) = 1 FROM order_lines WHERE total_cents = 750 AND label = 'line #1'
