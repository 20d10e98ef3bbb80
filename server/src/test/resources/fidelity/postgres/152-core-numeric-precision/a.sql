CREATE TABLE t (id integer PRIMARY KEY, n numeric(10,2));
