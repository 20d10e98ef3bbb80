CREATE TABLE orders (
  id int NOT NULL,
  customer varchar(50) NOT NULL,
  street varchar(100) DEFAULT NULL,
  city varchar(50) DEFAULT NULL,
  total decimal(10,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id)
);
