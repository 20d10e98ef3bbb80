SELECT score = 3 FROM users
