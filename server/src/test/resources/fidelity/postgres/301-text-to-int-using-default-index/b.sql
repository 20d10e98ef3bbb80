CREATE TABLE stock (sku text PRIMARY KEY, qty integer NOT NULL DEFAULT 0, "Reorder Level" smallint DEFAULT 5);
CREATE INDEX stock_qty_idx ON stock (qty) WHERE qty <> 0;
