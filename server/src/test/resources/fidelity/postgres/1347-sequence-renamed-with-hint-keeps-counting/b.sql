CREATE SEQUENCE invoice_id_seq START WITH 500;
CREATE TABLE invoices (id bigint NOT NULL DEFAULT nextval('invoice_id_seq') PRIMARY KEY, note text);
