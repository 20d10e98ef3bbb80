SELECT full_name = 'Ada' FROM customers
