CREATE TABLE t (id integer NOT NULL, a integer, b text, CONSTRAINT t_pk PRIMARY KEY (id) INCLUDE (b), CONSTRAINT t_a UNIQUE (a) INCLUDE (b));
