SELECT COUNT(*) = 1 FROM invite_token WHERE token = 'abc'
