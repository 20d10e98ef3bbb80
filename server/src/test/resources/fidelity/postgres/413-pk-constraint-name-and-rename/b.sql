CREATE TABLE t (id integer CONSTRAINT other_pk PRIMARY KEY, v text);
