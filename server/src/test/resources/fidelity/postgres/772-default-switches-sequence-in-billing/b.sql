CREATE SCHEMA billing;
CREATE SEQUENCE billing.invoice_no START 1000;
CREATE SEQUENCE billing.credit_note_no AS integer START 1 INCREMENT 1 MAXVALUE 999999;
CREATE TABLE billing.invoices (id integer PRIMARY KEY, number bigint NOT NULL DEFAULT nextval('billing.invoice_no'), credit_number integer DEFAULT nextval('billing.credit_note_no'));
CREATE TABLE credit_notes (id integer PRIMARY KEY, number integer NOT NULL DEFAULT nextval('billing.credit_note_no'));
