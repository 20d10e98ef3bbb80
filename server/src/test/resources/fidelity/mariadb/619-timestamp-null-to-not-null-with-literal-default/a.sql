CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  seen timestamp NULL DEFAULT NULL,
  PRIMARY KEY (id)
);
