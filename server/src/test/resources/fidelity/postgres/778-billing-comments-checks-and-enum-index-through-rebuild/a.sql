CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('open', 'paid', 'void');
CREATE TABLE billing.invoices (id integer PRIMARY KEY, status billing.invoice_status NOT NULL DEFAULT 'open', total integer NOT NULL, customer_ref integer,
  CONSTRAINT invoices_total_check CHECK (total >= 0) NOT VALID, CONSTRAINT invoices_status_check CHECK (status <> 'void' OR total = 0));
CREATE INDEX invoices_open ON billing.invoices (id) WHERE status <> 'void';
CREATE TABLE billing.refunds (id integer PRIMARY KEY, invoice_id integer REFERENCES billing.invoices (id) DEFERRABLE INITIALLY DEFERRED);
COMMENT ON CONSTRAINT invoices_total_check ON billing.invoices IS 'cents';
COMMENT ON COLUMN billing.invoices.total IS 'in cents';
