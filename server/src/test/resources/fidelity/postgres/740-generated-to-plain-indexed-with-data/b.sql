CREATE TABLE orders (id integer PRIMARY KEY, net numeric(10,2) NOT NULL, tax_rate numeric(4,3) NOT NULL DEFAULT 0.2, gross numeric(12,2) NOT NULL, note text);
CREATE UNIQUE INDEX orders_id_gross_key ON orders (id, gross);
CREATE INDEX orders_gross_big_idx ON orders (gross) WHERE gross > 100;
ALTER TABLE orders ADD CONSTRAINT orders_gross_positive CHECK (gross >= 0);
COMMENT ON COLUMN orders.gross IS 'net plus tax';
