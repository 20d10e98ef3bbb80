CREATE TABLE t (id integer PRIMARY KEY, a integer CONSTRAINT t_a_key UNIQUE, b integer);
CREATE INDEX t_b_idx ON t (b);
