INSERT INTO events (account_id, created_at, score) VALUES (1, '2026-01-01 10:00:00.123456', 5), (2, '2026-01-02', 6);
