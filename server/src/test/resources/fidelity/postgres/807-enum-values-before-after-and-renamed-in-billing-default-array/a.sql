CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('draft', 'sent', 'paid');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'draft', history billing.state[] DEFAULT '{draft}');
CREATE INDEX invoices_open ON billing.invoices (id) WHERE state <> 'paid';
