INSERT INTO audit_rows (created_at, updated_at) VALUES ('2025-01-01 01:02:03', NULL), ('2025-01-02 01:02:03', '2025-01-03 00:00:00');
