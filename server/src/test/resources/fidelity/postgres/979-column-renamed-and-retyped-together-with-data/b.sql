CREATE TABLE items (id integer PRIMARY KEY, quantity bigint NOT NULL DEFAULT 0, title varchar(40) CHECK (title <> ''), cost numeric(12,2));
CREATE INDEX items_label_idx ON items (title);
