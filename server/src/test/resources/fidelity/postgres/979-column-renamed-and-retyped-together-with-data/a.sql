CREATE TABLE items (id integer PRIMARY KEY, qty integer NOT NULL DEFAULT 0, label text CHECK (label <> ''), price numeric(8,2));
CREATE INDEX items_label_idx ON items (label);
