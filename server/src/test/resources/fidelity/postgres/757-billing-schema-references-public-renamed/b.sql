CREATE SCHEMA billing;
CREATE TYPE billing.invoice_status AS ENUM ('draft', 'open', 'paid', 'void', 'uncollectible');
CREATE TABLE accounts (id serial PRIMARY KEY, email text NOT NULL UNIQUE);
CREATE TABLE billing.invoices (id serial PRIMARY KEY, account_id integer NOT NULL REFERENCES accounts (id) ON DELETE RESTRICT, status billing.invoice_status NOT NULL DEFAULT 'draft', total numeric(12,2) NOT NULL DEFAULT 0 CHECK (total >= 0), currency char(3) NOT NULL DEFAULT 'EUR');
CREATE TABLE billing.line_items (id serial PRIMARY KEY, invoice_id integer NOT NULL REFERENCES billing.invoices (id) ON DELETE CASCADE, description text, amount numeric(12,2) NOT NULL);
CREATE INDEX line_items_invoice_id ON billing.line_items (invoice_id);
CREATE INDEX invoices_account_id_status ON billing.invoices (account_id, status) WHERE status <> 'void';
