SELECT COUNT(*) = 2 FROM users WHERE active = 1
