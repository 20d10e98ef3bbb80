CREATE TABLE orders (
  id bigint NOT NULL,
  status varchar(20) NOT NULL,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_orders_status (status)
);
