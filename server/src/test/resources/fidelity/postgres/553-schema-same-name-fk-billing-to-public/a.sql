CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE billing.items (id integer PRIMARY KEY, item_id integer);
