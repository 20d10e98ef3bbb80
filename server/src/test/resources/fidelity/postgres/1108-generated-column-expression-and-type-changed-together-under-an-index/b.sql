CREATE TABLE lines (id integer PRIMARY KEY, qty integer NOT NULL, price numeric(10,2) NOT NULL,
  total numeric(14,3) GENERATED ALWAYS AS (qty * price * 1.2) STORED);
CREATE INDEX lines_total_idx ON lines (total) WHERE total > 100;
