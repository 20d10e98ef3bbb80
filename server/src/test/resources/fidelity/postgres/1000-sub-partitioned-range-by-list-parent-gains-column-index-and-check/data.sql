INSERT INTO events VALUES (1, 'eu', '2025-03-01', '{}'), (2, 'ca', '2025-04-01', NULL), (3, 'jp', '2025-05-01', NULL), (4, 'eu', '2024-01-01', NULL);
