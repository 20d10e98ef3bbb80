CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE TABLE billing.items (id integer PRIMARY KEY, item_id integer REFERENCES public.items (id) ON DELETE CASCADE);
CREATE INDEX items_item_id_idx ON billing.items (item_id);
