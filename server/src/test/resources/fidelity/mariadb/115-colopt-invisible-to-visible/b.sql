CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  secret varchar(20) DEFAULT 'x',
  PRIMARY KEY (id)
);
