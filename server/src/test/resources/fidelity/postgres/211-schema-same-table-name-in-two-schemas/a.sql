CREATE SCHEMA billing;
CREATE TABLE invoices (id integer PRIMARY KEY, note text);
CREATE TABLE billing.invoices (id integer PRIMARY KEY);
