CREATE TABLE stock (id integer PRIMARY KEY, qty integer NOT NULL);
ALTER TABLE stock ADD CONSTRAINT stock_qty_check CHECK (qty >= 0) NOT VALID;
