SELECT COUNT(*) = 1 FROM users WHERE active = 0
