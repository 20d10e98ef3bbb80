CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  code varchar(30) NOT NULL,
  name varchar(100) NOT NULL,
  PRIMARY KEY (id)
);
