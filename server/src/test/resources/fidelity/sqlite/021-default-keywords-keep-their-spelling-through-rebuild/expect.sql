SELECT COUNT(*) = 1 FROM events WHERE id = 2 AND name = 'x'
SELECT COUNT(*) = 1 FROM events WHERE id = 1 AND name = 'a' AND happened = '2026-01-01 00:00:00'
