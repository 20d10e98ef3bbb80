CREATE TABLE items (id integer PRIMARY KEY, name text);
CREATE FUNCTION items_count() RETURNS bigint LANGUAGE sql STABLE BEGIN ATOMIC SELECT count(*) FROM items; END;
