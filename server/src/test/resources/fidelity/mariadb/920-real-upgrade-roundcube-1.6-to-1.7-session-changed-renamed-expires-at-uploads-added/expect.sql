SELECT COUNT(*) = 2 AND MAX(expires_at) = '2025-09-02 11:00:00' FROM session
