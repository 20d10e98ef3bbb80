CREATE SEQUENCE order_seq START WITH 100 INCREMENT BY 1;
CREATE TABLE orders (
  id int NOT NULL,
  num bigint NOT NULL DEFAULT nextval(`order_seq`),
  PRIMARY KEY (id)
);
