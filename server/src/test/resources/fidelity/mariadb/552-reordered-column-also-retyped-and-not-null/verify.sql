SELECT COUNT(*) = 2 FROM tickets WHERE (id = 1 AND title = 'broken login' AND priority = 1 AND opened = '2026-03-01') OR (id = 2 AND title = 'typo' AND priority = 5 AND opened = '2026-03-02')
