SELECT COUNT(*) = 2 FROM users WHERE email IS NULL AND created_at >= '2026-02-01'
