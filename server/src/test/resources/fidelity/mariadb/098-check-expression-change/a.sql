CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  age int DEFAULT NULL,
  CONSTRAINT chk_users_age CHECK (age >= 0),
  PRIMARY KEY (id)
);
