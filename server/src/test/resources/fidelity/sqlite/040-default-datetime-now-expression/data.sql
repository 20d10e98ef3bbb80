INSERT INTO users (name, created_at) VALUES ('ann', '2024-01-01 00:00:00');
