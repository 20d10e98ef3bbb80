CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  city varchar(30) DEFAULT 'O''Hare \\ gate',
  PRIMARY KEY (id)
);
