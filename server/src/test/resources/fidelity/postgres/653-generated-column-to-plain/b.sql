CREATE TABLE line_items (id integer PRIMARY KEY, qty integer NOT NULL, unit_price numeric(10,2) NOT NULL, total numeric(12,2));
CREATE INDEX line_items_total_idx ON line_items (total);
