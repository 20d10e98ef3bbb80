CREATE TABLE prices (id integer PRIMARY KEY, product_id integer NOT NULL, valid daterange NOT NULL DEFAULT daterange(CURRENT_DATE, NULL, '[)'), amount numeric, qty int4range, at tstzrange);
CREATE INDEX prices_valid_idx ON prices USING gist (valid);
CREATE INDEX prices_at_idx ON prices USING gist (at) WHERE at IS NOT NULL;
CREATE INDEX prices_qty_idx ON prices USING spgist (qty);
