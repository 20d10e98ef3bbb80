CREATE TABLE orders (
  id int NOT NULL,
  code int NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_orders_code (code) USING HASH
);
