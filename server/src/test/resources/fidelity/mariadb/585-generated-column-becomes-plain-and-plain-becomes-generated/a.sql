CREATE TABLE invoice_lines (
  id int NOT NULL,
  qty int NOT NULL,
  unit_price decimal(10,2) NOT NULL,
  total decimal(12,2) AS (qty * unit_price) STORED,
  discount decimal(10,2) DEFAULT NULL,
  PRIMARY KEY (id)
);
