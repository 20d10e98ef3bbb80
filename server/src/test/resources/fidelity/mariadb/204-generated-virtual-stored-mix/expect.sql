SELECT total = 29.97 FROM order_lines WHERE id = 1
