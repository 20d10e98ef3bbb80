CREATE SCHEMA billing;
CREATE TABLE billing.line_items (id integer PRIMARY KEY, qty integer NOT NULL, unit_cents integer NOT NULL, total_cents integer GENERATED ALWAYS AS (qty * unit_cents) STORED, pos integer NOT NULL, invoice_id integer NOT NULL,
  CONSTRAINT line_items_pos_key UNIQUE (invoice_id, pos));
CREATE INDEX line_items_total ON billing.line_items (total_cents) WHERE total_cents > 0;
