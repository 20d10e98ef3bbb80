CREATE TABLE orders (
  id int NOT NULL,
  customer int NOT NULL,
  status varchar(10) NOT NULL,
  placed date NOT NULL,
  PRIMARY KEY (id),
  KEY idx_cust_status_placed (customer, status, placed),
  UNIQUE KEY uq_cust_placed_status (customer, placed, status)
);
