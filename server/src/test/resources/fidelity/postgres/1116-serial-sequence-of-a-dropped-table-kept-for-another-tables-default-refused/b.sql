-- the old table goes; its serial's sequence lives on for orders
CREATE SEQUENCE legacy_orders_id_seq AS integer;
CREATE TABLE orders (id integer PRIMARY KEY DEFAULT nextval('legacy_orders_id_seq'), total numeric(10,2));
