CREATE SEQUENCE seq_invoice START WITH 500;
CREATE TABLE invoices (id bigint NOT NULL DEFAULT nextval('seq_invoice') PRIMARY KEY, note text);
