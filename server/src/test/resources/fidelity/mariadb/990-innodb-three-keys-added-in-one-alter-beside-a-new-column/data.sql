INSERT INTO orders (id, code, ref, placed) VALUES (1, 10, 'a-1', '2026-01-01'), (2, 20, 'a-2', '2026-01-02');
