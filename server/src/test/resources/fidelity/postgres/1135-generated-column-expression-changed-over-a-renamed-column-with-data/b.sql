CREATE TABLE lines (id integer PRIMARY KEY, quantity integer NOT NULL, price numeric(10,2) NOT NULL,
  total numeric(12,2) GENERATED ALWAYS AS (quantity * price + 1) STORED);
CREATE INDEX lines_qty_idx ON lines (quantity);
