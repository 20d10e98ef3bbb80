CREATE SCHEMA billing;
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, label VARCHAR(40));
CREATE TABLE billing.items (id INT NOT NULL PRIMARY KEY, title VARCHAR(80) NOT NULL DEFAULT 'none', price NUMERIC(12,2), currency CHAR(3) DEFAULT 'EUR', CONSTRAINT items_price_ok CHECK (price >= 0), CONSTRAINT items_title_uq UNIQUE (title));
CREATE INDEX items_price ON billing.items (price);
COMMENT ON COLUMN billing.items.price IS 'net';
CREATE SEQUENCE billing.item_seq INCREMENT BY 5;
CREATE SEQUENCE billing.other_seq;
