CREATE TABLE order_lines (
  id int NOT NULL,
  price decimal(8,2) NOT NULL,
  qty int NOT NULL,
  total decimal(10,2) AS (price * qty) VIRTUAL,
  note varchar(50) DEFAULT NULL,
  PRIMARY KEY (id)
);
