CREATE TABLE customers (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE orders (
  id bigint NOT NULL AUTO_INCREMENT,
  customer_id int NOT NULL,
  status enum('new','paid','sent') NOT NULL DEFAULT 'new',
  total decimal(10,2) NOT NULL DEFAULT 0.00 COMMENT 'gross',
  created_at datetime NOT NULL DEFAULT current_timestamp() ON UPDATE current_timestamp(),
  note text DEFAULT NULL,
  PRIMARY KEY (id),
  KEY ix_orders_customer_status (customer_id, status),
  CONSTRAINT fk_orders_customer FOREIGN KEY (customer_id) REFERENCES customers (id)
);
