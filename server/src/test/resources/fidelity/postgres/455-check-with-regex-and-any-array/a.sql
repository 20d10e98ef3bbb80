CREATE TABLE t (id integer PRIMARY KEY, code text, kind text);
