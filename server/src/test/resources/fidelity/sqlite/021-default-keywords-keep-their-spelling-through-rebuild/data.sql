INSERT INTO events (id, name, happened) VALUES (1, 'a', '2026-01-01 00:00:00'), (2, NULL, '2026-01-02 00:00:00');
