INSERT INTO t VALUES (1, 'it''s'), (2, 'a,b');
