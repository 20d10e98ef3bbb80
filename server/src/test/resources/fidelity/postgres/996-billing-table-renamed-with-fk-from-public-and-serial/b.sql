CREATE SCHEMA billing;
CREATE TABLE billing.invoices (id serial PRIMARY KEY, total numeric(10,2) NOT NULL DEFAULT 0);
CREATE TABLE payments (id integer PRIMARY KEY, inv_id integer REFERENCES billing.invoices (id) ON DELETE CASCADE);
