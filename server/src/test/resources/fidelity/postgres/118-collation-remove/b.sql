CREATE TABLE t (id integer PRIMARY KEY, name varchar(20));
