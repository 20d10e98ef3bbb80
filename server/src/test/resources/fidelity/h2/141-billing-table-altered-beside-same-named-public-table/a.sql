CREATE SCHEMA billing;
CREATE TABLE items (id INT NOT NULL PRIMARY KEY, label VARCHAR(40));
CREATE TABLE billing.items (id INT NOT NULL PRIMARY KEY, label VARCHAR(40), price NUMERIC(10,2));
CREATE INDEX items_label ON billing.items (label);
CREATE SEQUENCE billing.item_seq;
