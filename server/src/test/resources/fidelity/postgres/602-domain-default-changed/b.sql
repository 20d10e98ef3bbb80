CREATE DOMAIN status AS varchar(10) DEFAULT 'open';
CREATE TABLE orders (id integer PRIMARY KEY, st status);
