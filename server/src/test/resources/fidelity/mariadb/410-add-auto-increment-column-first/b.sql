CREATE TABLE tags (
  id int NOT NULL AUTO_INCREMENT,
  code varchar(20) NOT NULL,
  label varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
