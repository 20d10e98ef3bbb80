CREATE TABLE t (id integer PRIMARY KEY, amount bigint);
