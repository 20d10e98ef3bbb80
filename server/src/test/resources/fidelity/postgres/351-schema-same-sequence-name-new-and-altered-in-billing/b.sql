CREATE SCHEMA billing;
CREATE SEQUENCE public.ticket START WITH 10;
CREATE SEQUENCE billing.ticket AS integer START WITH 100 INCREMENT BY 10 MAXVALUE 100000 CACHE 5 CYCLE;
CREATE SEQUENCE billing.receipt START WITH 7;
CREATE TABLE public.tasks (id integer PRIMARY KEY, no bigint DEFAULT nextval('public.ticket'));
CREATE TABLE billing.invoices (id integer PRIMARY KEY, no bigint DEFAULT nextval('billing.ticket'),
    receipt bigint NOT NULL DEFAULT nextval('billing.receipt'));
