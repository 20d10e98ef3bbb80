CREATE DOMAIN code AS varchar(8) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE prices (id integer PRIMARY KEY, main code, codes varchar(8)[]);
