CREATE SCHEMA x;
CREATE TABLE public.accounts (id integer PRIMARY KEY, "Full Name" text);
CREATE TABLE x."Bills" (id integer PRIMARY KEY, account integer NOT NULL REFERENCES public.accounts (id));
CREATE TABLE public.payments (id integer PRIMARY KEY, invoice integer REFERENCES x."Bills" (id) ON DELETE SET NULL);
