INSERT INTO t (id, a, b) VALUES (1, 'x', 2);
INSERT INTO t (id, a) VALUES (2, 'y');
