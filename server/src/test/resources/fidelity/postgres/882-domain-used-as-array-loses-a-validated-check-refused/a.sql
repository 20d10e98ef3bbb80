CREATE DOMAIN code AS varchar(8) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) NOT NULL;
CREATE TABLE prices (id integer PRIMARY KEY, codes code[]);
