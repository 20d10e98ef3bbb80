CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, n bigint);
CREATE UNLOGGED SEQUENCE billing.invoice_no OWNED BY billing.invoices.n;
ALTER TABLE billing.invoices ALTER COLUMN n SET DEFAULT nextval('billing.invoice_no');
CREATE UNLOGGED SEQUENCE billing.scratch AS integer CYCLE CACHE 20;
COMMENT ON SEQUENCE billing.scratch IS 'unlogged';
