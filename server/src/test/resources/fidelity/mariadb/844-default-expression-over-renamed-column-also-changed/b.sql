CREATE TABLE cart_lines (
  id int NOT NULL,
  unit_price decimal(10,2) NOT NULL,
  quantity int NOT NULL DEFAULT 1,
  total decimal(12,2) DEFAULT (unit_price * quantity * 1.19),
  note varchar(30) DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT qty_positive CHECK (quantity > 0 AND quantity < 1000)
);
