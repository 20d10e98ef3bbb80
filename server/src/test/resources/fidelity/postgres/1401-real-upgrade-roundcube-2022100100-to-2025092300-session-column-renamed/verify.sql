SELECT count(*) = 2 AND min(expires_at) = '2025-01-01 10:00:00+00' FROM "session"
