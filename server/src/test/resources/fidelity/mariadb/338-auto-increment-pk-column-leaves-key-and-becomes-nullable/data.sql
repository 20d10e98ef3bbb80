INSERT INTO readings (sensor, taken_at, val) VALUES (1, '2024-01-01 00:00:00', 5), (2, '2024-01-02 00:00:00', 6);
