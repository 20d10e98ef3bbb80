INSERT INTO events (created_at, updated_at, happened) VALUES ('2024-01-01 10:00:00', NULL, '2024-01-01 10:00:00.123');
