SELECT email = 'a@X.org' FROM users
