CREATE TABLE t$1 (id integer PRIMARY KEY, a$b text);
