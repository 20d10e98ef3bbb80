CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty integer, code text);
CREATE INDEX items_qty_idx ON items (qty);
CREATE UNIQUE INDEX items_code_key ON items (code);
CREATE TABLE billing.items (id integer PRIMARY KEY, qty integer, code text);
CREATE INDEX items_qty_idx ON billing.items (qty) WHERE qty > 0;
CREATE UNIQUE INDEX items_code_key ON billing.items (lower(code));
COMMENT ON INDEX billing.items_qty_idx IS 'positive only';
