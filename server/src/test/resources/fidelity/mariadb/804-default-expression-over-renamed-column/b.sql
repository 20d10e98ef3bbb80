CREATE TABLE invoice_lines (
  id int NOT NULL,
  unit_price decimal(10,2) NOT NULL,
  quantity int NOT NULL DEFAULT 1,
  total decimal(12,2) DEFAULT (unit_price * quantity),
  PRIMARY KEY (id)
);
