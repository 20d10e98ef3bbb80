SELECT SUM(age) = 70 FROM users
