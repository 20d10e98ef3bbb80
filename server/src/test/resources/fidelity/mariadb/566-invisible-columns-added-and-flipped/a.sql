CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  legacy_code varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
