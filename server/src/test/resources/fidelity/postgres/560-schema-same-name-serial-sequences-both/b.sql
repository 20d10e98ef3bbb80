CREATE SCHEMA billing;
CREATE TABLE items (id integer PRIMARY KEY, n serial);
CREATE TABLE billing.items (id integer PRIMARY KEY, n bigserial);
CREATE SEQUENCE billing.items_extra_seq OWNED BY billing.items.id;
