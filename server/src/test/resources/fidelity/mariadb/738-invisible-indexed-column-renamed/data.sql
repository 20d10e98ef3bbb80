INSERT INTO t (id, tenant) VALUES (1, 9);
