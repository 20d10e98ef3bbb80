CREATE TABLE customers (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE orders (
  id int NOT NULL,
  customer_id int NOT NULL,
  billing_id int DEFAULT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id),
  CONSTRAINT fk_orders_billing FOREIGN KEY (billing_id) REFERENCES customers (id)
);
