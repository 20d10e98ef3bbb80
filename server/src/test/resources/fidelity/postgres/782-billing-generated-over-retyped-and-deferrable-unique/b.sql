CREATE SCHEMA billing;
CREATE TABLE billing.line_items (id integer PRIMARY KEY, qty numeric(10,3) NOT NULL, unit_cents bigint NOT NULL, total_cents numeric GENERATED ALWAYS AS (qty * unit_cents) STORED, position integer NOT NULL, invoice_id integer NOT NULL,
  CONSTRAINT line_items_pos_key UNIQUE (invoice_id, position) DEFERRABLE INITIALLY DEFERRED);
CREATE INDEX line_items_total ON billing.line_items (total_cents) WHERE total_cents > 0;
