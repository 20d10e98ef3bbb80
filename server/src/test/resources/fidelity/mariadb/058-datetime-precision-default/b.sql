CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  created datetime(6) NOT NULL DEFAULT current_timestamp(6),
  PRIMARY KEY (id)
);
