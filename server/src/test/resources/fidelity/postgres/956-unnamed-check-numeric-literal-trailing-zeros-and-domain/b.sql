CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,4) NOT NULL CHECK (price >= 1.50), qty numeric CHECK (qty BETWEEN 0 AND 100.00));
