CREATE DOMAIN code AS varchar(20) CHECK (VALUE <> '');
CREATE TABLE t (id integer PRIMARY KEY, c code);
