CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  nick varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
);
