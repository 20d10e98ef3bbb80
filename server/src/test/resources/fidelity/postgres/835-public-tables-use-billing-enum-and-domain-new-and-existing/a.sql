CREATE SCHEMA billing;
CREATE TABLE orders (id integer PRIMARY KEY, total numeric(10,2));
