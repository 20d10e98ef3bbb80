CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open');
