CREATE TABLE legacy_status (code text PRIMARY KEY);
CREATE TABLE "Order" (id integer PRIMARY KEY, status text REFERENCES legacy_status (code), note text);
CREATE TABLE order_item (id integer PRIMARY KEY, order_id integer REFERENCES "Order" (id));
