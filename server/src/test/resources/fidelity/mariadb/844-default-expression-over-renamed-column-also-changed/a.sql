CREATE TABLE cart_lines (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL DEFAULT 1,
  total decimal(12,2) DEFAULT (price * qty),
  note varchar(30) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT qty_positive CHECK (qty > 0)
);
