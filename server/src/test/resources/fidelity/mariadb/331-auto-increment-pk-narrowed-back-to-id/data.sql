INSERT INTO events (created_at, kind) VALUES ('2024-01-01 10:00:00', 'a'), ('2024-02-01 10:00:00', 'b'), ('2024-03-01 10:00:00', 'a');
