CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  sku varchar(30) CHARACTER SET ascii COLLATE ascii_bin NOT NULL,
  description varchar(200) DEFAULT NULL,
  quantity int NOT NULL DEFAULT 0,
  price decimal(12,2) NOT NULL DEFAULT 0.00,
  PRIMARY KEY (id),
  UNIQUE KEY code (sku),
  CONSTRAINT qty_positive CHECK (quantity >= 0)
) DEFAULT CHARSET=utf8mb4;
