CREATE TABLE t (id integer PRIMARY KEY, n numeric(12,4));
