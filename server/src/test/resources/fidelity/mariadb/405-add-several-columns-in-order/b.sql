CREATE TABLE items (
  sku varchar(20) DEFAULT NULL,
  id int NOT NULL,
  price decimal(8,2) DEFAULT NULL,
  currency char(3) NOT NULL DEFAULT 'EUR',
  title varchar(50) NOT NULL,
  stock int NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
