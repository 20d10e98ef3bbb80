CREATE TABLE t (id integer PRIMARY KEY, name text COLLATE "C");
