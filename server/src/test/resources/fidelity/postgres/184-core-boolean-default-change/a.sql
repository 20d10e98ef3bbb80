CREATE TABLE t (id integer PRIMARY KEY, f boolean DEFAULT false);
