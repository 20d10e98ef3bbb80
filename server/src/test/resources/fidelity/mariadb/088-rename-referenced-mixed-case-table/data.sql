INSERT INTO Customer (CustomerId) VALUES (1), (2);
INSERT INTO Invoice (InvoiceId, CustomerId) VALUES (1, 2);
