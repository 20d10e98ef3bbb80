CREATE TABLE jobs (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id)
);
