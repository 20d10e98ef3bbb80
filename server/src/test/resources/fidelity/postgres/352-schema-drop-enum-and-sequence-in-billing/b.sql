CREATE SCHEMA billing;
CREATE TYPE public.state AS ENUM ('new', 'done');
CREATE SEQUENCE public.ticket;
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state, no bigint DEFAULT nextval('ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY);
