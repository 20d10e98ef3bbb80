CREATE TABLE contracts (
  id int NOT NULL,
  customer varchar(50) NOT NULL,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
);
