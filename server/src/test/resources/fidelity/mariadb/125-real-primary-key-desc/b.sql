CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE feed (
  id int NOT NULL,
  at datetime NOT NULL,
  PRIMARY KEY (id, at DESC)
);
