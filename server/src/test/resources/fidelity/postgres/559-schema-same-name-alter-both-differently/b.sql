CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, qty bigint, note text NOT NULL DEFAULT '');
CREATE TABLE billing.items (id integer PRIMARY KEY, qty smallint, added date);
COMMENT ON COLUMN items.qty IS 'public qty';
