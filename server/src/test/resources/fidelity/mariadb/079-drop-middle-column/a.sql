CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  nick varchar(20) DEFAULT NULL,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
