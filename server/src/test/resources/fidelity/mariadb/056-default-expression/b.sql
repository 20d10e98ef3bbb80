CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  created date DEFAULT curdate(),
  PRIMARY KEY (id)
);
