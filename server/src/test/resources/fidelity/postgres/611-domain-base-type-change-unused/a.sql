CREATE DOMAIN code AS varchar(5) CHECK (VALUE <> '');
CREATE TABLE t (id integer PRIMARY KEY);
