CREATE TABLE invoice_lines (
  id int NOT NULL,
  qty int NOT NULL,
  unit_price decimal(10,2) NOT NULL,
  total decimal(12,2) DEFAULT NULL,
  discount decimal(10,2) AS (round(qty * unit_price * 0.1, 2)) VIRTUAL,
  PRIMARY KEY (id)
);
