CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE legacy (
  id int NOT NULL,
  name varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
) DEFAULT CHARSET=latin1;
