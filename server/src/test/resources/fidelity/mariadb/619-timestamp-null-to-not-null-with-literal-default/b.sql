CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  seen timestamp NOT NULL DEFAULT '2000-01-01 00:00:00',
  PRIMARY KEY (id)
);
