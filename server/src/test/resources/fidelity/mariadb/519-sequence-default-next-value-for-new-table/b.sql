CREATE SEQUENCE invoice_numbers START WITH 1000 INCREMENT BY 1;
CREATE TABLE invoices (
  id int NOT NULL AUTO_INCREMENT,
  amount decimal(10,2) NOT NULL,
  number bigint NOT NULL DEFAULT nextval(invoice_numbers),
  PRIMARY KEY (id),
  UNIQUE KEY uq_invoices_number (number)
);
