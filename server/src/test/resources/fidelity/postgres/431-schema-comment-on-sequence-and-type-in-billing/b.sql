CREATE SCHEMA billing;
CREATE SEQUENCE public.ticket;
CREATE SEQUENCE billing.ticket START WITH 100;
CREATE SEQUENCE billing.receipt START WITH 7;
CREATE TYPE public.state AS ENUM ('new', 'done');
CREATE TYPE billing.state AS ENUM ('open', 'paid');
CREATE TYPE billing.kind AS ENUM ('net', 'gross');
CREATE TABLE public.tasks (id integer PRIMARY KEY, state state, no bigint DEFAULT nextval('public.ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY, state billing.state, no bigint DEFAULT nextval('billing.ticket'),
    receipt bigint DEFAULT nextval('billing.receipt'), kind billing.kind);
COMMENT ON TYPE public.state IS 'task state';
COMMENT ON SEQUENCE billing.ticket IS 'invoice numbers';
COMMENT ON SEQUENCE billing.receipt IS 'receipt numbers';
COMMENT ON TYPE billing.state IS 'invoice state';
COMMENT ON TYPE billing.kind IS 'amount kind';
