CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id serial PRIMARY KEY, total numeric(10,2) NOT NULL);
CREATE TABLE billing.lines (id bigserial PRIMARY KEY, invoice_id integer NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE);
