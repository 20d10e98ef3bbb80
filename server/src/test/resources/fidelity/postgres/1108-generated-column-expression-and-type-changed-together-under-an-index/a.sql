CREATE TABLE lines (id integer PRIMARY KEY, qty integer NOT NULL, price numeric(10,2) NOT NULL,
  total numeric(12,2) GENERATED ALWAYS AS (qty * price) STORED);
CREATE INDEX lines_total_idx ON lines (total) WHERE total > 100;
