CREATE TABLE orders (
  id int NOT NULL,
  code int NOT NULL,
  ref varchar(20) NOT NULL,
  placed date NOT NULL,
  sku varchar(16) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_orders_code (code) USING HASH,
  UNIQUE KEY uk_orders_ref (ref) USING HASH,
  KEY ix_orders_placed (placed)
);
