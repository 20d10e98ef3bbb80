CREATE TABLE order_lines (
  id int NOT NULL,
  qty int NOT NULL,
  price decimal(12,2) NOT NULL,
  total decimal(14,2) AS (qty * price) STORED,
  label varchar(40) AS (concat('L-', id)) VIRTUAL,
  net decimal(14,2) AS (total * 0.8) VIRTUAL,
  PRIMARY KEY (id),
  KEY idx_total (total)
);
