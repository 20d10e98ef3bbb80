CREATE TABLE c (
  id int NOT NULL,
  a int DEFAULT NULL,
  b varchar(5) DEFAULT NULL,
  x date DEFAULT NULL,
  PRIMARY KEY (id)
);
