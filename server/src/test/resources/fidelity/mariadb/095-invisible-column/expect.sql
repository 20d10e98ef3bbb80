SELECT COUNT(*) = 2 FROM users WHERE secret = 'x'
