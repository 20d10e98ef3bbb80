CREATE TABLE customers (code varchar(10) NOT NULL, PRIMARY KEY (code));
CREATE TABLE customer_orders (id int NOT NULL, cust_code varchar(10) NOT NULL, PRIMARY KEY (id),
  CONSTRAINT fk_orders_cust FOREIGN KEY (cust_code) REFERENCES customers (code) ON UPDATE CASCADE ON DELETE RESTRICT);
