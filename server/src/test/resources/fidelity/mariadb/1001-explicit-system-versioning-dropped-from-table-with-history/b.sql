CREATE TABLE prices (
  sku varchar(20) NOT NULL,
  amount decimal(10,2) NOT NULL,
  note varchar(50) DEFAULT NULL WITHOUT SYSTEM VERSIONING,
  PRIMARY KEY (sku)
);
