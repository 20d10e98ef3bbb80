SELECT COUNT(*) = 2 FROM users WHERE login IN ('ann', 'bob')
