CREATE TABLE t (id integer PRIMARY KEY, pos integer CONSTRAINT t_pos_key UNIQUE);
