INSERT INTO profiles VALUES (1, 'read,admin', 'mon,fri'), (2, 'write', NULL);
