CREATE DOMAIN code AS varchar(8) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE)) CONSTRAINT code_len CHECK (length(VALUE) >= 2) NOT NULL;
CREATE TABLE prices (id integer PRIMARY KEY, main code, codes code[]);
