CREATE TABLE customer (
  id bigint NOT NULL AUTO_INCREMENT,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE invoice (
  id bigint NOT NULL AUTO_INCREMENT,
  customer_id bigint NOT NULL,
  PRIMARY KEY (id),
  KEY fk_inv_cust (customer_id),
  CONSTRAINT fk_inv_cust FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
