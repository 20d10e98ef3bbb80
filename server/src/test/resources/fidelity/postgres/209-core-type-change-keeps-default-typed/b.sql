CREATE TABLE t (id integer PRIMARY KEY, code char(20) NOT NULL DEFAULT '');
