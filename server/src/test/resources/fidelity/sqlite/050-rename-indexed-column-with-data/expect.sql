SELECT mail = 'a@x' FROM users
