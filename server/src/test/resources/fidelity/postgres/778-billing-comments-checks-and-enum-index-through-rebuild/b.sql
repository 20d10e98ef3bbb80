CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'open', 'paid', 'void');
CREATE TABLE billing.invoices (id bigint PRIMARY KEY, status billing.invoice_status NOT NULL DEFAULT 'draft', total integer NOT NULL, customer_ref integer,
  CONSTRAINT invoices_total_check CHECK (total >= 0), CONSTRAINT invoices_status_check CHECK (status NOT IN ('void', 'draft') OR total = 0));
CREATE INDEX invoices_open ON billing.invoices (id) WHERE status <> 'void';
CREATE TABLE billing.refunds (id integer PRIMARY KEY, invoice_id bigint REFERENCES billing.invoices (id) DEFERRABLE INITIALLY DEFERRED);
COMMENT ON CONSTRAINT invoices_total_check ON billing.invoices IS 'amount in cents';
COMMENT ON COLUMN billing.invoices.total IS 'amount in cents';
COMMENT ON CONSTRAINT refunds_invoice_id_fkey ON billing.refunds IS 'refund of';
