CREATE SCHEMA billing;
CREATE TABLE billing.items (id bigint PRIMARY KEY, item_id integer, amount numeric(10,2) CHECK (amount > 0));
CREATE INDEX items_name_idx ON billing.items (amount);
COMMENT ON TABLE billing.items IS 'billing lines';
