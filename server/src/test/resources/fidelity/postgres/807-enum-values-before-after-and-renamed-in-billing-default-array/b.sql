CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('new', 'draft', 'approved', 'sent', 'settled', 'void');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'new', history billing.state[] DEFAULT '{new}');
CREATE INDEX invoices_open ON billing.invoices (id) WHERE state <> 'settled';
