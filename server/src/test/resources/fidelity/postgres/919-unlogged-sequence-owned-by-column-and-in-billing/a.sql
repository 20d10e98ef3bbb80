CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, n bigint);
CREATE SEQUENCE billing.invoice_no OWNED BY billing.invoices.n;
