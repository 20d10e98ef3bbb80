CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty integer, code text);
CREATE INDEX items_qty_idx ON items (qty);
CREATE TABLE billing.items (id integer PRIMARY KEY, qty integer, code text);
CREATE INDEX items_qty_idx ON billing.items (qty);
