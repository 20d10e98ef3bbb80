CREATE TABLE cust (code varchar(10) NOT NULL, PRIMARY KEY (code));
CREATE TABLE cust_orders (id int NOT NULL, cust_code varchar(10) NOT NULL, PRIMARY KEY (id),
  CONSTRAINT fk_orders_cust FOREIGN KEY (cust_code) REFERENCES cust (code) ON UPDATE CASCADE ON DELETE RESTRICT);
