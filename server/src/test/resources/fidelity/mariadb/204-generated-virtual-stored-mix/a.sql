CREATE TABLE order_lines (
  id int NOT NULL,
  qty int NOT NULL,
  price decimal(10,2) NOT NULL,
  total decimal(12,2) AS (qty * price) VIRTUAL,
  label varchar(40) AS (concat('L', id)) STORED,
  PRIMARY KEY (id)
);
