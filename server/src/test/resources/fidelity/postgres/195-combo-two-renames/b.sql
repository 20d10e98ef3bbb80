CREATE TABLE t (id integer PRIMARY KEY, x text, y text);
