CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  age int DEFAULT NULL,
  PRIMARY KEY (id)
);
