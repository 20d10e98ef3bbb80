CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no START WITH 1000 INCREMENT BY 10;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, no bigint NOT NULL DEFAULT nextval('billing.invoice_no'));
