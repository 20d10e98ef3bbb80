CREATE SEQUENCE invoice_id_seq START WITH 500 INCREMENT BY 1 NOCACHE;
CREATE TABLE invoices (
  id bigint NOT NULL DEFAULT nextval(invoice_id_seq),
  PRIMARY KEY (id)
);
