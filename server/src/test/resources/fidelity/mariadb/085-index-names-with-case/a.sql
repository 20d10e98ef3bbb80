CREATE TABLE invoice (
  id int NOT NULL,
  customer_id int NOT NULL,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY IFK_InvoiceCustomerId (customer_id)
);
