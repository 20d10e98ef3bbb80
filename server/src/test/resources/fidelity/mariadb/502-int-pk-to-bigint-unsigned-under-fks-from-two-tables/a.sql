CREATE TABLE products (
  id int NOT NULL AUTO_INCREMENT,
  sku varchar(32) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uq_products_sku (sku)
) ENGINE=InnoDB AUTO_INCREMENT=10;
CREATE TABLE order_lines (
  id int NOT NULL AUTO_INCREMENT,
  product_id int NOT NULL,
  qty int NOT NULL DEFAULT 1,
  PRIMARY KEY (id),
  KEY fk_order_lines_product (product_id),
  CONSTRAINT fk_order_lines_product FOREIGN KEY (product_id) REFERENCES products (id)
) ENGINE=InnoDB;
CREATE TABLE product_tags (
  product_id int NOT NULL,
  tag varchar(40) NOT NULL,
  PRIMARY KEY (product_id, tag),
  CONSTRAINT fk_product_tags_product FOREIGN KEY (product_id) REFERENCES products (id) ON DELETE CASCADE ON UPDATE CASCADE
) ENGINE=InnoDB;
