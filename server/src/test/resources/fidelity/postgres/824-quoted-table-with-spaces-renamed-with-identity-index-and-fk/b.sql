CREATE TABLE order_items (item_id integer GENERATED ALWAYS AS IDENTITY PRIMARY KEY, qty integer NOT NULL);
CREATE INDEX "Order Items qty" ON order_items (qty);
CREATE TABLE shipments (id integer PRIMARY KEY, item integer REFERENCES order_items);
