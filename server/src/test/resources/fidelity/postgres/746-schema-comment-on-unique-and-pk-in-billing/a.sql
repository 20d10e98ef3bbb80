CREATE SCHEMA billing;
CREATE TABLE public.invoices (id integer PRIMARY KEY, no text CONSTRAINT invoices_no_key UNIQUE);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, no text CONSTRAINT invoices_no_key UNIQUE,
    year integer, CONSTRAINT invoices_no_year_key UNIQUE (no, year));
COMMENT ON CONSTRAINT invoices_no_key ON public.invoices IS 'public numbers';
COMMENT ON CONSTRAINT invoices_no_key ON billing.invoices IS 'old billing numbers';
