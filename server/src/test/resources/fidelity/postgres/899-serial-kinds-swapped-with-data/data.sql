INSERT INTO t (note) VALUES ('one'), ('two');
