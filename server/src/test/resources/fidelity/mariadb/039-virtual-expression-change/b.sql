CREATE TABLE order_lines (
  id int NOT NULL,
  price decimal(10,2) NOT NULL,
  qty int NOT NULL,
  total decimal(12,2) AS (price * qty + 1) VIRTUAL,
  PRIMARY KEY (id)
);
