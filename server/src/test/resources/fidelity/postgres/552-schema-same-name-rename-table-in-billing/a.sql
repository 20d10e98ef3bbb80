CREATE SCHEMA billing;
CREATE TABLE items (id serial PRIMARY KEY, qty integer);
CREATE TABLE billing.items (id serial PRIMARY KEY, qty integer);
CREATE INDEX items_qty_idx ON billing.items (qty);
