INSERT INTO t VALUES (1, 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '12.50', '2024-01-01 10:00:00+00', 1, '{"a": 1}', '2.25', NULL);
