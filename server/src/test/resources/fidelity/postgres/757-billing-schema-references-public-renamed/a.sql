CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('open', 'paid', 'void');
CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE billing.invoices (id serial PRIMARY KEY, account integer NOT NULL REFERENCES accounts (id), status billing.invoice_status NOT NULL DEFAULT 'open', total_cents integer NOT NULL DEFAULT 0 CHECK (total_cents >= 0));
CREATE TABLE billing.invoice_lines (id serial PRIMARY KEY, invoice_id integer NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE, description text, cents integer NOT NULL);
CREATE INDEX invoice_lines_invoice_id ON billing.invoice_lines (invoice_id);
