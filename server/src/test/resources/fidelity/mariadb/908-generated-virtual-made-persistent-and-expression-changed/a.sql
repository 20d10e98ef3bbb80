CREATE TABLE order_lines (id int NOT NULL, qty int NOT NULL, unit_cents int NOT NULL,
  total_cents bigint AS (qty * unit_cents) VIRTUAL,
  label varchar(30) AS (CONCAT('#', id)) PERSISTENT,
  PRIMARY KEY (id));
