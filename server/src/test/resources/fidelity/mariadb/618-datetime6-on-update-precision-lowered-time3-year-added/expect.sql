SELECT changed = '2020-01-02 03:04:05.123' AND since = 2024 AND opens = '12:30:00.500' FROM users
