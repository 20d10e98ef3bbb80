CREATE SCHEMA billing;
CREATE TABLE invoices (id integer PRIMARY KEY, note text);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, amount numeric(10,2), note varchar(20));
