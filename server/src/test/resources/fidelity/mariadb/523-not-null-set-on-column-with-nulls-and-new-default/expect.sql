SELECT COUNT(*) = 2 FROM profiles
