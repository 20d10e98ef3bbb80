SELECT COUNT(*) = 1 FROM tokens WHERE token_hash = 'aaaa'
