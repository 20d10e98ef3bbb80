CREATE SCHEMA billing;
CREATE TABLE items (id serial PRIMARY KEY, code text UNIQUE, qty integer CHECK (qty >= 0));
CREATE TABLE billing.items (id serial PRIMARY KEY, code text UNIQUE, qty integer CHECK (qty >= 0), item_id integer REFERENCES public.items (id));
CREATE TABLE billing.lines (id integer PRIMARY KEY, item_id integer REFERENCES billing.items (id));
CREATE TABLE lines (id integer PRIMARY KEY, item_id integer REFERENCES items (id));
COMMENT ON COLUMN billing.items.qty IS 'billed';
