INSERT INTO tickets (id, title, priority, opened) VALUES (1, 'broken login', 1, '2026-03-01'), (2, 'typo', 5, '2026-03-02');
