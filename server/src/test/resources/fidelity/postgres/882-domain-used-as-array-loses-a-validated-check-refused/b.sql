CREATE DOMAIN code AS varchar(8);
CREATE TABLE prices (id integer PRIMARY KEY, codes code[]);
