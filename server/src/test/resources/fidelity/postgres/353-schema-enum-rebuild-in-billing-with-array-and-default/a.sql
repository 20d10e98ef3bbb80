CREATE SCHEMA billing;
CREATE TYPE public.state AS ENUM ('open', 'void', 'paid');
CREATE TYPE billing.state AS ENUM ('open', 'void', 'paid');
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'open', history state[]);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open', history billing.state[]);
CREATE INDEX invoices_state ON billing.invoices (state);
