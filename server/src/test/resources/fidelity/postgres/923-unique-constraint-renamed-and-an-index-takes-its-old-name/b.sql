CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_uq UNIQUE, b integer);
CREATE INDEX t_a_key ON t (b);
