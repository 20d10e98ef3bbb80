CREATE TABLE stock (
  warehouse_id int NOT NULL,
  sku varchar(20) NOT NULL,
  qty int NOT NULL DEFAULT 0,
  PRIMARY KEY (sku, warehouse_id),
  KEY warehouse_id (warehouse_id)
);
CREATE TABLE reservations (
  id int NOT NULL,
  sku varchar(20) NOT NULL,
  warehouse_id int NOT NULL,
  PRIMARY KEY (id),
  KEY sku_warehouse (sku, warehouse_id),
  CONSTRAINT reservations_stock FOREIGN KEY (sku, warehouse_id) REFERENCES stock (sku, warehouse_id)
);
