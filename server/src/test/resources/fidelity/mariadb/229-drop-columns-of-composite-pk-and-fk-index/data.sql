INSERT INTO tenant VALUES (1);
INSERT INTO membership VALUES (1, 1, 'admin', NULL), (1, 2, 'user', '2024-01-01');
