CREATE TABLE invoice (
  id int NOT NULL,
  customer_id int NOT NULL,
  total decimal(10,2) NOT NULL,
  PRIMARY KEY (id),
  KEY IX_Total (total),
  UNIQUE KEY UQ_Invoice_CustomerTotal (customer_id, total),
  CONSTRAINT CK_Total_Positive CHECK (total >= 0)
);
