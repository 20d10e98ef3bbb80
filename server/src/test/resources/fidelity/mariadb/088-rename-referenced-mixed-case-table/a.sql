CREATE TABLE Customer (
  CustomerId int NOT NULL,
  PRIMARY KEY (CustomerId)
);
CREATE TABLE Invoice (
  InvoiceId int NOT NULL,
  CustomerId int NOT NULL,
  PRIMARY KEY (InvoiceId),
  KEY IFK_InvoiceCustomerId (CustomerId),
  CONSTRAINT FK_InvoiceCustomerId FOREIGN KEY (CustomerId) REFERENCES Customer (CustomerId)
);
