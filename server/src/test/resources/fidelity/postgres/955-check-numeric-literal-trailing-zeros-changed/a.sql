CREATE TABLE items (id integer PRIMARY KEY, price numeric(10,4) NOT NULL, CONSTRAINT items_price_check CHECK (price >= 0.00));
