CREATE DOMAIN code AS varchar(5);
CREATE TABLE t (id integer PRIMARY KEY, c code);
