SELECT full_name = 'Ann' FROM customers
