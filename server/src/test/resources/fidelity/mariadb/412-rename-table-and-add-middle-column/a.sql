CREATE TABLE person (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  born date DEFAULT NULL,
  PRIMARY KEY (id)
);
