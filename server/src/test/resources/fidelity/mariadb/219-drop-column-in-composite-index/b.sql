CREATE TABLE orders (
  id int NOT NULL,
  customer int NOT NULL,
  placed date NOT NULL,
  PRIMARY KEY (id),
  KEY idx_cust_status_placed (customer, placed),
  UNIQUE KEY uq_cust_placed_status (customer, placed)
);
