CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no START 1000;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('billing.invoice_no'));
CREATE TABLE credit_notes (id integer PRIMARY KEY, number bigint DEFAULT nextval('billing.invoice_no'));
