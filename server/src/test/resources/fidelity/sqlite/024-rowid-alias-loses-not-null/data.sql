INSERT INTO t (a) VALUES ('p'), ('q');
