CREATE DOMAIN code AS varchar(8) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
ALTER DOMAIN code ADD CONSTRAINT code_short CHECK (length(VALUE) <= 6) NOT VALID;
CREATE TABLE prices (id integer PRIMARY KEY, codes code[], main code);
