CREATE TABLE prices (id integer PRIMARY KEY, amount numeric(12,4) NOT NULL DEFAULT 0.0000, rate numeric DEFAULT 1.5);
