-- emp is dropped by B, so it holds no rows (a dropped table's rows do not come back on rollback)
INSERT INTO dept VALUES (1, 'r&d', NULL);
