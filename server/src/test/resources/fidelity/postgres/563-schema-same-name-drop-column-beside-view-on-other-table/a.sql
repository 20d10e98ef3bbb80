CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, legacy text);
CREATE TABLE billing.items (id integer PRIMARY KEY, legacy text);
CREATE VIEW items_v AS SELECT id, legacy FROM public.items;
