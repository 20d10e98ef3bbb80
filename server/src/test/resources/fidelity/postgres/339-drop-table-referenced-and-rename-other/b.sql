CREATE TABLE "Orders" (id integer PRIMARY KEY, status text, note text);
CREATE TABLE order_item (id integer PRIMARY KEY, order_id integer CONSTRAINT order_item_order_id_fkey REFERENCES "Orders" (id));
