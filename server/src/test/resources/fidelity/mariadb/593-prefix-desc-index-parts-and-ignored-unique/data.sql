INSERT INTO pages VALUES (1, '/a', 'A', '2026-01-01'), (2, '/b', 'B', '2026-01-02');
