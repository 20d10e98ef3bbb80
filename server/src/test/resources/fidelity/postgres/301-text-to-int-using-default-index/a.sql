CREATE TABLE stock (sku text PRIMARY KEY, qty text NOT NULL DEFAULT '0', "Reorder Level" varchar(10) DEFAULT '5');
CREATE INDEX stock_qty_idx ON stock (qty) WHERE qty <> '0';
