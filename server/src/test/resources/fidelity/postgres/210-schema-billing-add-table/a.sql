CREATE SCHEMA billing;
CREATE TABLE customers (id integer PRIMARY KEY);
