CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,4) NOT NULL CHECK (price >= 1.5), qty numeric CHECK (qty BETWEEN 0.0 AND 100));
