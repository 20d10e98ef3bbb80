CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  nick varchar(20) DEFAULT NULL COMMENT 'old',
  PRIMARY KEY (id)
);
