CREATE TABLE prices (
  id int NOT NULL,
  item varchar(100) NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=utf8mb3 WITH SYSTEM VERSIONING;
