SELECT email = 'a@x' FROM users
