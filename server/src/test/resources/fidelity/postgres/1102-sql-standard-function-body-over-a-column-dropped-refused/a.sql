CREATE TABLE items (id integer PRIMARY KEY, legacy_code text, name text);
CREATE FUNCTION items_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(legacy_code) FROM items; END;
