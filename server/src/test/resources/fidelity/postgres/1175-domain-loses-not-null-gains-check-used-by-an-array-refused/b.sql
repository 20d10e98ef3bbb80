CREATE DOMAIN code AS varchar(10) CONSTRAINT code_upper CHECK (VALUE = upper(VALUE));
CREATE TABLE products (id integer PRIMARY KEY, sku code, alt code[] DEFAULT '{}');
