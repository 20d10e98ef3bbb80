CREATE TABLE order_lines (
  id int NOT NULL,
  price decimal(8,2) NOT NULL,
  qty int NOT NULL,
  total decimal(10,2) AS (price * qty * 2) STORED,
  note varchar(50) DEFAULT NULL,
  PRIMARY KEY (id)
);
