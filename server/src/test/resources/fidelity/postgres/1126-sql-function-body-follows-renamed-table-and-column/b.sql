CREATE TABLE stock_items (id integer PRIMARY KEY, quantity integer NOT NULL DEFAULT 0);
CREATE FUNCTION items_total() RETURNS bigint LANGUAGE sql STABLE RETURN (SELECT sum(quantity) FROM stock_items);
