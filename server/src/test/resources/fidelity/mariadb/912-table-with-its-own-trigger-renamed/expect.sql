SELECT amount = 10.30 FROM invoices WHERE id = 1
