CREATE TABLE t (id integer PRIMARY KEY, x integer, y integer, z integer);
