CREATE TABLE products (id integer PRIMARY KEY, sku varchar(64) COLLATE "C" NOT NULL, name text COLLATE "C" NOT NULL, slug text COLLATE "POSIX", CONSTRAINT products_slug_key UNIQUE (slug));
CREATE UNIQUE INDEX products_sku ON products (sku);
CREATE INDEX products_name ON products (name COLLATE "C" text_pattern_ops);
