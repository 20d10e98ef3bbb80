SELECT note = 'n' FROM users
