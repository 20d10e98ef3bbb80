CREATE SCHEMA billing;
CREATE TYPE public.state AS ENUM ('new', 'done');
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE SEQUENCE public.ticket;
CREATE SEQUENCE billing.ticket START WITH 500;
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state, no bigint DEFAULT nextval('ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state, no bigint DEFAULT nextval('billing.ticket'));
