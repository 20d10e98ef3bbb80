CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('draft', 'voided', 'paid');
CREATE TYPE public.state AS ENUM ('open', 'closed');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, status billing.state NOT NULL DEFAULT 'draft', history billing.state[]);
CREATE TABLE tickets (id integer PRIMARY KEY, st state DEFAULT 'open');
