INSERT INTO t (id, m) VALUES (1, 'ok');
