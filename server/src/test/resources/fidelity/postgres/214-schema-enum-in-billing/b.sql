CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('draft', 'open', 'paid', 'void');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open', prior billing.state);
