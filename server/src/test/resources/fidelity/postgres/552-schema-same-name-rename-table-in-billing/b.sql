CREATE SCHEMA billing;
CREATE TABLE items (id serial PRIMARY KEY, qty integer);
CREATE TABLE billing.goods (id serial PRIMARY KEY, qty integer);
CREATE INDEX items_qty_idx ON billing.goods (qty);
ALTER TABLE billing.goods RENAME CONSTRAINT goods_pkey TO items_pkey;
