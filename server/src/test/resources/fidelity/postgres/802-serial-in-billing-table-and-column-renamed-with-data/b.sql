CREATE SCHEMA billing;
CREATE TABLE billing.line_items (id serial PRIMARY KEY, label text NOT NULL);
CREATE INDEX items_label_idx ON billing.line_items (label);
