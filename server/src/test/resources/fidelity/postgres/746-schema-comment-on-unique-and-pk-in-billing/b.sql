CREATE SCHEMA billing;
CREATE TABLE public.invoices (id integer PRIMARY KEY, no text CONSTRAINT invoices_no_key UNIQUE);
CREATE TABLE billing.invoices (id integer PRIMARY KEY, no text CONSTRAINT invoices_no_key UNIQUE,
    year integer, CONSTRAINT invoices_no_year_key UNIQUE (no, year));
CREATE TABLE billing."Receipts" (id integer CONSTRAINT "Receipts_PK" PRIMARY KEY, ref text CONSTRAINT "Receipts ref" UNIQUE);
COMMENT ON CONSTRAINT invoices_no_key ON public.invoices IS 'public numbers';
COMMENT ON CONSTRAINT invoices_no_key ON billing.invoices IS 'billing numbers';
COMMENT ON CONSTRAINT invoices_pkey ON billing.invoices IS 'billing key';
COMMENT ON CONSTRAINT invoices_no_year_key ON billing.invoices IS 'one number a year';
COMMENT ON CONSTRAINT "Receipts_PK" ON billing."Receipts" IS 'receipt key';
COMMENT ON CONSTRAINT "Receipts ref" ON billing."Receipts" IS 'one receipt per reference';
