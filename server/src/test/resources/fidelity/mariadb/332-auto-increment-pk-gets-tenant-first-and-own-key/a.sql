CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT,
  tenant_id int NOT NULL,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
);
