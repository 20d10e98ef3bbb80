CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,3), qty integer);
CREATE INDEX items_priced ON items (id) WHERE price > 0.000;
CREATE INDEX items_total ON items ((price * 1.5));
CREATE INDEX items_same ON items (qty) WHERE price < 10.0;
