SELECT COUNT(*) = 1 FROM cart_lines WHERE unit_price = 10.00 AND quantity = 2 AND total = 20.00
