SELECT alias = 'annie' FROM users
