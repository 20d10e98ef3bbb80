INSERT INTO documents (title, created_at, updated_at) VALUES ('a', '2025-03-01 12:00:00', '2025-03-02 08:00:00'), ('b', '2025-04-01 00:00:00', NULL);
