CREATE SCHEMA x;
CREATE TABLE public.accounts (id integer PRIMARY KEY, name text);
CREATE TABLE x.invoices (id integer PRIMARY KEY, account integer NOT NULL REFERENCES public.accounts (id));
CREATE TABLE public.payments (id integer PRIMARY KEY, invoice integer REFERENCES x.invoices (id) ON DELETE SET NULL);
