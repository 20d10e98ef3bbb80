CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE num (
  id int NOT NULL,
  f float DEFAULT NULL,
  d double NOT NULL DEFAULT 0,
  p decimal(12,4) DEFAULT 1.5000,
  PRIMARY KEY (id)
);
