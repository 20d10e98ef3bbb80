CREATE SCHEMA sales;
CREATE TYPE sales.stage AS ENUM ('lead', 'won', 'lost');
CREATE TABLE public.customers (id serial PRIMARY KEY, email varchar(100) NOT NULL, name text, legacy_code char(4));
CREATE TABLE sales.customers (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, ref integer REFERENCES public.customers (id), note text);
CREATE TABLE sales.deals (id integer PRIMARY KEY, customer_id bigint NOT NULL REFERENCES sales.customers (id), stage sales.stage NOT NULL DEFAULT 'lead', amount numeric(10,2) CHECK (amount >= 0), closed_on date);
CREATE INDEX deals_stage ON sales.deals (stage) WHERE stage <> 'lost';
CREATE UNIQUE INDEX customers_email ON public.customers (lower(email));
COMMENT ON TABLE sales.deals IS 'Deals';
