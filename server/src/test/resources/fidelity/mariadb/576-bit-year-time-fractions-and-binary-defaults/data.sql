INSERT INTO devices VALUES (1, b'011', 2019, '09:00:00', '2026-02-03 04:05:06', 'abcdef');
