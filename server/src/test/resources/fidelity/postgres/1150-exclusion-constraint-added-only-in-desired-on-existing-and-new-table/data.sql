INSERT INTO bookings VALUES (1, 1, '[2026-01-01,2026-01-02)', NULL), (2, 1, '[2026-01-01,2026-01-03)', 'cancelled');
