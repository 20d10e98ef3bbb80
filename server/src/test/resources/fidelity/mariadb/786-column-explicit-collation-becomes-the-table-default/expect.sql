SELECT COUNT(*) = 1 FROM users WHERE email = 'ä@x'
