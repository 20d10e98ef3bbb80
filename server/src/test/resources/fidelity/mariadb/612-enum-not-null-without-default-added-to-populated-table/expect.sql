SELECT COUNT(*) = 2 FROM users WHERE kind = 'person' AND tier = 'free'
