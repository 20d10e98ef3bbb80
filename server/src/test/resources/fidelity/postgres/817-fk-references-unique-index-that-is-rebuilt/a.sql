CREATE TABLE products (id integer PRIMARY KEY, sku text NOT NULL, name text);
CREATE UNIQUE INDEX products_sku_idx ON products (sku);
CREATE TABLE stock (sku text REFERENCES products (sku), qty integer);
