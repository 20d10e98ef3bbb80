CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  level tinyint(1) DEFAULT NULL,
  PRIMARY KEY (id)
);
