CREATE TABLE warehouse (id integer PRIMARY KEY, code text UNIQUE);
CREATE TABLE bin (id integer PRIMARY KEY, warehouse_id integer REFERENCES warehouse (id), wh_code text REFERENCES warehouse (code), label text, CONSTRAINT bin_label_ck CHECK (label <> wh_code));
CREATE INDEX bin_wh_label ON bin (warehouse_id, label);
CREATE INDEX bin_code_expr ON bin (lower(wh_code));
