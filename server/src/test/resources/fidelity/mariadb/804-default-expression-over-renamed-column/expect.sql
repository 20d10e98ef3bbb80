SELECT COUNT(*) = 1 FROM invoice_lines WHERE unit_price = 2.50 AND quantity = 4 AND total = 10.00
