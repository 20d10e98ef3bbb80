CREATE SCHEMA billing;
CREATE TABLE customers (id integer PRIMARY KEY);
CREATE TABLE billing.invoices (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, customer_id integer NOT NULL REFERENCES customers (id), total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0));
CREATE INDEX invoices_customer ON billing.invoices (customer_id);
COMMENT ON TABLE billing.invoices IS 'one per order';
