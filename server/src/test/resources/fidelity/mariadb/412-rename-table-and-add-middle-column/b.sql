CREATE TABLE people (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  email varchar(100) DEFAULT NULL,
  born date DEFAULT NULL,
  PRIMARY KEY (id)
);
