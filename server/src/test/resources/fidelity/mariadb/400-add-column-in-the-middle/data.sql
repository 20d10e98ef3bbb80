INSERT INTO users (name, created_at) VALUES ('ann', '2026-02-01 10:00:00'), ('bob', '2026-03-01 11:00:00');
