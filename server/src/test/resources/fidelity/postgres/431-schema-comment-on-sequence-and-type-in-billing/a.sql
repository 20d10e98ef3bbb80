CREATE SCHEMA billing;
CREATE SEQUENCE public.ticket;
CREATE SEQUENCE billing.ticket START WITH 100;
CREATE TYPE public.state AS ENUM ('new', 'done');
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state, no bigint DEFAULT nextval('public.ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state, no bigint DEFAULT nextval('billing.ticket'));
COMMENT ON TYPE public.state IS 'task state';
