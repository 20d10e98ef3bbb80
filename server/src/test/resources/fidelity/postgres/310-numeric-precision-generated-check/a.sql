CREATE TABLE line (id integer PRIMARY KEY, price numeric(8,2) NOT NULL CHECK (price >= 0), qty integer NOT NULL, total numeric(12,2) GENERATED ALWAYS AS (price * qty) STORED);
