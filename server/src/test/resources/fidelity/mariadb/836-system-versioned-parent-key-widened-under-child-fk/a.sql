CREATE TABLE products (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
CREATE TABLE order_items (
  id int NOT NULL,
  product_id int NOT NULL,
  PRIMARY KEY (id),
  KEY product_id (product_id),
  CONSTRAINT order_items_product FOREIGN KEY (product_id) REFERENCES products (id)
);
