CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, amount numeric(10,2));
