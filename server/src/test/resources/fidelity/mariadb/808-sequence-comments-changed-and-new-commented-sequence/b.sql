CREATE SEQUENCE order_no_seq START WITH 1000 INCREMENT BY 1 CACHE 50 COMMENT='order numbers, shared by the shop''s checkout';
CREATE SEQUENCE invoice_no_seq START WITH 1 INCREMENT BY 1 COMMENT='invoice numbers';
CREATE SEQUENCE credit_note_seq START WITH 1 INCREMENT BY 1 NOCACHE COMMENT='credit notes\nsee accounting';
CREATE TABLE orders (
  id int NOT NULL AUTO_INCREMENT,
  order_no bigint NOT NULL DEFAULT nextval(order_no_seq),
  PRIMARY KEY (id),
  UNIQUE KEY order_no (order_no)
);
