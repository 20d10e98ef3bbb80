INSERT INTO bookings (starts_at, ends_at) VALUES ('2026-01-01 10:00', '2026-01-02 10:00');
