SELECT total = 20.00 FROM order_lines WHERE id = 1
