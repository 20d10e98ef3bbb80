CREATE TABLE prices (
  id int NOT NULL,
  amount decimal(10,2) NOT NULL,
  note varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
) WITH SYSTEM VERSIONING;
