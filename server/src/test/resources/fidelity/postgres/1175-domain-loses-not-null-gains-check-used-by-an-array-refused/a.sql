CREATE DOMAIN code AS varchar(10) NOT NULL DEFAULT 'none';
CREATE TABLE products (id integer PRIMARY KEY, sku code, alt code[]);
