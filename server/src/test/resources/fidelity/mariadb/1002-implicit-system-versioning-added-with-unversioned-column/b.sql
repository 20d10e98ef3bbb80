CREATE TABLE orders (
  id bigint NOT NULL,
  status varchar(20) NOT NULL,
  viewed_at datetime DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_orders_status (status)
) WITH SYSTEM VERSIONING;
