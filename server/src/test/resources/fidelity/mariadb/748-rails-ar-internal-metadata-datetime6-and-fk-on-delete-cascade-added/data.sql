INSERT INTO ar_internal_metadata VALUES ('environment', 'production', '2024-01-01 00:00:00', '2024-01-01 00:00:00');
INSERT INTO accounts (id, name, created_at, updated_at) VALUES (1, 'Acme', NOW(6), NOW(6));
INSERT INTO projects (account_id, title, created_at, updated_at) VALUES (1, 'Launch', NOW(6), NOW(6));
