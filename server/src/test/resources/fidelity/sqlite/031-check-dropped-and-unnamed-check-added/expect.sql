SELECT age = 30 FROM users
