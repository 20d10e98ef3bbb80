CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, legacy text);
CREATE TABLE billing.items (id integer PRIMARY KEY);
CREATE VIEW billing.items_v AS SELECT id FROM billing.items;
