SELECT code = 'AB' FROM users
