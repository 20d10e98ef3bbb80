CREATE SCHEMA billing;
CREATE TYPE billing.state AS ENUM ('open', 'void', 'paid');
CREATE TYPE public.state AS ENUM ('open', 'closed');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, st billing.state NOT NULL DEFAULT 'open', history billing.state[]);
CREATE TABLE tickets (id integer PRIMARY KEY, st state DEFAULT 'open');
