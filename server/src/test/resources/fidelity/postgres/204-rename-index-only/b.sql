CREATE TABLE t (id integer PRIMARY KEY, v text);
CREATE INDEX t_v_new ON t (v);
