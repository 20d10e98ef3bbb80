CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  code varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
