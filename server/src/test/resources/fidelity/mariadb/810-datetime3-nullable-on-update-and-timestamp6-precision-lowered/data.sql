INSERT INTO jobs (id, started_at, heartbeat_at) VALUES (1, '2024-05-01 10:00:00.123', '2024-05-01 10:00:01.123456');
