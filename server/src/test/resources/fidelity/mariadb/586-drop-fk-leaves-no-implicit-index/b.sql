CREATE TABLE customers (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE orders (
  id int NOT NULL,
  customer_id int NOT NULL,
  billing_id int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY fk_orders_billing (billing_id),
  CONSTRAINT fk_orders_billing FOREIGN KEY (billing_id) REFERENCES customers (id)
);
