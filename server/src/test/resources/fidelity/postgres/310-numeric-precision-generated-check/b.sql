CREATE TABLE line (id integer PRIMARY KEY, price numeric(12,4) NOT NULL CHECK (price >= 0), qty integer NOT NULL, total numeric(16,4) GENERATED ALWAYS AS (price * qty) STORED);
