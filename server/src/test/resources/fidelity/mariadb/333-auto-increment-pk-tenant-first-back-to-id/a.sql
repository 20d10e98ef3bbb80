CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT,
  tenant_id int NOT NULL,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (tenant_id, id),
  KEY idx_orders_id (id)
);
