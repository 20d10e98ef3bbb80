CREATE SCHEMA billing;
CREATE TYPE public.state AS ENUM ('new', 'done');
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state NOT NULL DEFAULT 'new');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state NOT NULL DEFAULT 'open');
