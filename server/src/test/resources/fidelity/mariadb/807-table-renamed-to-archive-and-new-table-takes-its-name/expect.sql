SELECT COUNT(*) = 2 FROM users_legacy
SELECT COUNT(*) = 0 FROM users
