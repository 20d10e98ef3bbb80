CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, name text NOT NULL);
CREATE INDEX items_name_idx ON items (name);
