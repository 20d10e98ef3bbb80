CREATE DOMAIN status AS varchar(10) DEFAULT 'new' NOT NULL;
CREATE TABLE orders (id integer PRIMARY KEY, st status);
