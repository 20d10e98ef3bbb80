CREATE TABLE items (id INT NOT NULL PRIMARY KEY, sku VARCHAR(20) NOT NULL, shop INT NOT NULL, at TIMESTAMP);
CREATE UNIQUE INDEX ux_items_shop_sku ON items (shop DESC, sku);
CREATE INDEX ix_items_at ON items (at DESC);
