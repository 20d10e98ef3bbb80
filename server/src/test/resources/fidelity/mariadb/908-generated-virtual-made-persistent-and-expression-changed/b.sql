CREATE TABLE order_lines (id int NOT NULL, qty int NOT NULL, unit_cents int NOT NULL,
  total_cents bigint AS (qty * unit_cents) PERSISTENT,
  label varchar(30) AS (CONCAT('line #', id)) VIRTUAL,
  PRIMARY KEY (id), KEY total_cents (total_cents));
