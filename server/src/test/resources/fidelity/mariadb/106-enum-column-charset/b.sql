CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  grade enum('a','b') CHARACTER SET latin1 COLLATE latin1_bin DEFAULT 'a',
  PRIMARY KEY (id)
);
