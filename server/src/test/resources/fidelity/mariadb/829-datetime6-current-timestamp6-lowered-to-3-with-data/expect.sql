SELECT COUNT(*) = 1 FROM readings WHERE taken_at = '2024-01-01 10:00:00.123'
