INSERT INTO t (code) VALUES ('a'), ('b');
