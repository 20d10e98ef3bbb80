SELECT secret = 'y' FROM users
