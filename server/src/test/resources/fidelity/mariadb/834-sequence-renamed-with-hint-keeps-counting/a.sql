CREATE SEQUENCE seq_invoice START WITH 500 INCREMENT BY 1 NOCACHE;
CREATE TABLE invoices (
  id bigint NOT NULL DEFAULT nextval(seq_invoice),
  PRIMARY KEY (id)
);
