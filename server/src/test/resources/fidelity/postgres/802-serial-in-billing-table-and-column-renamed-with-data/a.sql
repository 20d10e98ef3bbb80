CREATE SCHEMA billing;
CREATE TABLE billing.items (item_no serial PRIMARY KEY, label text NOT NULL);
CREATE INDEX items_label_idx ON billing.items (label);
