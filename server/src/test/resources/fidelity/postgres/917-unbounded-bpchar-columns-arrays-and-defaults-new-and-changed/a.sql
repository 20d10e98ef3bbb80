CREATE TABLE t (id integer PRIMARY KEY, a bpchar, b char(4), c text);
