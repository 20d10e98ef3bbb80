CREATE TABLE invoices (
  id int NOT NULL AUTO_INCREMENT,
  amount decimal(10,2) NOT NULL,
  PRIMARY KEY (id)
);
