SELECT nick = 'Ada' FROM customers
