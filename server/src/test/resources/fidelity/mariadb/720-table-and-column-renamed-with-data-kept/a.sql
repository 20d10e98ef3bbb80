CREATE TABLE customer (
  id int NOT NULL AUTO_INCREMENT,
  fullname varchar(80) NOT NULL,
  mail varchar(120) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY mail (mail)
);
