CREATE SCHEMA catalog;
CREATE COLLATION catalog.numeric_order (provider = icu, locale = 'und-u-kn-true');
CREATE TABLE catalog.items (id integer PRIMARY KEY, label text NOT NULL, code text COLLATE catalog.numeric_order);
CREATE INDEX items_label_numeric ON catalog.items (label COLLATE catalog.numeric_order);
