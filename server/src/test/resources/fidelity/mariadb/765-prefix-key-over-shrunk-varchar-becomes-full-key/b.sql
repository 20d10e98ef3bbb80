CREATE TABLE users (
  id int NOT NULL,
  login varchar(50) NOT NULL,
  bio varchar(500) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY login (login),
  KEY bio (bio(50))
);
