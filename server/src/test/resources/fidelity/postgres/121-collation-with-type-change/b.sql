CREATE TABLE t (id integer PRIMARY KEY, name varchar(40) COLLATE "C");
