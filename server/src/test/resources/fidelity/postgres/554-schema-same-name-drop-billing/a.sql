CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX items_name_idx ON items (name);
CREATE TABLE billing.items (id bigint PRIMARY KEY, item_id integer REFERENCES public.items (id), amount numeric(10,2) CHECK (amount > 0));
CREATE INDEX items_name_idx ON billing.items (amount);
COMMENT ON TABLE billing.items IS 'billing lines';
