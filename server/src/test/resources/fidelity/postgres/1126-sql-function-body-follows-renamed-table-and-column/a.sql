CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL DEFAULT 0);
CREATE FUNCTION items_total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(qty) FROM items);
