SELECT total = 10 FROM order_lines
