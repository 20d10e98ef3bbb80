SELECT COUNT(*) = 1 FROM users WHERE email = 'ann@x'
