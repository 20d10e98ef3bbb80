CREATE SEQUENCE s;
CREATE TABLE t (id integer PRIMARY KEY, n bigint DEFAULT nextval('s'));
