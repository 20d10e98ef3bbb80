INSERT INTO readings VALUES (1, ROW(3, 'kg'));
