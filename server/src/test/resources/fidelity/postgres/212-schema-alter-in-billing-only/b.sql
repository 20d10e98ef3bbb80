CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty integer);
CREATE TABLE billing.items (id integer PRIMARY KEY, qty bigint NOT NULL DEFAULT 1);
CREATE UNIQUE INDEX items_qty ON billing.items (qty) WHERE qty > 0;
