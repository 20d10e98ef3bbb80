CREATE TABLE invoice_lines (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL DEFAULT 1,
  total decimal(12,2) DEFAULT (price * qty),
  PRIMARY KEY (id)
);
