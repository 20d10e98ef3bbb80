CREATE TABLE customer (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id)
) AUTO_INCREMENT=1000;
CREATE TABLE invoice (
  id int NOT NULL AUTO_INCREMENT,
  customer_id int NOT NULL,
  PRIMARY KEY (id),
  KEY fk_inv_cust (customer_id),
  CONSTRAINT fk_inv_cust FOREIGN KEY (customer_id) REFERENCES customer (id) ON DELETE CASCADE
);
