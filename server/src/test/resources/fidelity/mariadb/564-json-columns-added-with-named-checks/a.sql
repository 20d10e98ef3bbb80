CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  sku varchar(64) NOT NULL,
  attrs longtext DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb4;
