CREATE TABLE products (id integer PRIMARY KEY, sku varchar(32) COLLATE "C" NOT NULL, name text NOT NULL, slug text);
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE INDEX products_name ON products (name COLLATE "C" text_pattern_ops);
