CREATE TABLE t (id integer CONSTRAINT my_pk PRIMARY KEY, v text);
