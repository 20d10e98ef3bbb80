CREATE TABLE orders (
  id int NOT NULL,
  code int NOT NULL,
  ref varchar(20) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_orders_code (code) USING HASH,
  UNIQUE KEY uk_orders_ref (ref) USING HASH
);
