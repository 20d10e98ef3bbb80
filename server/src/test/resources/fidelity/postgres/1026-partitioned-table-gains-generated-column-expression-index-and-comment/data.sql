INSERT INTO metrics VALUES (1, '2025-05-05', 'CPU', 1.5), (2, '2020-01-01', 'Mem', NULL);
