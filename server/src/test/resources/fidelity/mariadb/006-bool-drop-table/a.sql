CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE flags (
  id int NOT NULL,
  active tinyint(1) NOT NULL DEFAULT 1,
  archived tinyint(1) DEFAULT 0,
  PRIMARY KEY (id)
);
