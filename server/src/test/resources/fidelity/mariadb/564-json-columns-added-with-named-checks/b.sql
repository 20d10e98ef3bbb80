CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  sku varchar(64) NOT NULL,
  attrs longtext CHARACTER SET utf8mb4 COLLATE utf8mb4_bin DEFAULT NULL CHECK (json_valid(attrs)),
  options json DEFAULT NULL,
  tags json NOT NULL DEFAULT '[]',
  PRIMARY KEY (id),
  CONSTRAINT chk_attrs_object CHECK (attrs IS NULL OR json_type(attrs) = 'OBJECT')
) DEFAULT CHARSET=utf8mb4;
