CREATE TABLE prices (
  id int NOT NULL,
  sku varchar(20) NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
