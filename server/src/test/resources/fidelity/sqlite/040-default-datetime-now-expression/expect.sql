SELECT created_at = '2024-01-01 00:00:00' FROM users
