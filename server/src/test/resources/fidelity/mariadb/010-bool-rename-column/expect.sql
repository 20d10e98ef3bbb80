SELECT COUNT(*) = 1 FROM users WHERE enabled = 0 AND name = 'bob'
