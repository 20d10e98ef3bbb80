CREATE TABLE contacts (
  id int NOT NULL AUTO_INCREMENT,
  email varchar(100) NOT NULL,
  phone varchar(20) DEFAULT NULL,
  PRIMARY KEY (id)
);
