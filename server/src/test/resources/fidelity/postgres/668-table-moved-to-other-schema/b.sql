CREATE SCHEMA billing;
CREATE TABLE customers (id integer PRIMARY KEY, name text);
CREATE TABLE billing.invoices (id serial PRIMARY KEY, customer_id integer REFERENCES public.customers (id), total numeric(10,2) NOT NULL DEFAULT 0);
CREATE INDEX invoices_customer_idx ON billing.invoices (customer_id);
