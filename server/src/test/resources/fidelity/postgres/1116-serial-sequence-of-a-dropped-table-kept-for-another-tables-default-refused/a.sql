CREATE TABLE legacy_orders (id serial PRIMARY KEY, total numeric(10,2));
CREATE TABLE orders (id integer PRIMARY KEY DEFAULT nextval('legacy_orders_id_seq'), total numeric(10,2));
