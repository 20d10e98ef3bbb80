CREATE SCHEMA billing;
CREATE SEQUENCE public.ticket START WITH 10;
CREATE SEQUENCE billing.ticket START WITH 100 INCREMENT BY 5;
CREATE TABLE public.tasks (id integer PRIMARY KEY, no bigint DEFAULT nextval('public.ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY, no bigint DEFAULT nextval('billing.ticket'));
