INSERT INTO t (a) VALUES ('p'), ('q');
INSERT INTO k VALUES ('c1', 1), (NULL, 2);
