SELECT COUNT(*) = 1 FROM users WHERE full_name = 'Ada Lovelace'
