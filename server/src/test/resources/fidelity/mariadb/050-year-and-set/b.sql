CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE y (
  id int NOT NULL,
  born year DEFAULT NULL,
  tags set('a','b','c') DEFAULT NULL,
  PRIMARY KEY (id)
);
