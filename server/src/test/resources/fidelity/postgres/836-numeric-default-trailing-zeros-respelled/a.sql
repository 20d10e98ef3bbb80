CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,4) NOT NULL DEFAULT 0.00, rate numeric DEFAULT 1.50);
