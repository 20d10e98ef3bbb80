CREATE TABLE t (id integer PRIMARY KEY, y integer, z integer, x integer);
