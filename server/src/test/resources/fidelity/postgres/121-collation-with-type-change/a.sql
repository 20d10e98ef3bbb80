CREATE TABLE t (id integer PRIMARY KEY, name varchar(10) COLLATE "C");
