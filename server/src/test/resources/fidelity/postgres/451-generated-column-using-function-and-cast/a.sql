CREATE TABLE t (id integer PRIMARY KEY, first text, last text, born date);
