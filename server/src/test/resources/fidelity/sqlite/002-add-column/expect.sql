SELECT COUNT(*) = 2 FROM users WHERE nick = 'n'
