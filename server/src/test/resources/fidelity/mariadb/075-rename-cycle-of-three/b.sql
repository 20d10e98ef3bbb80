CREATE TABLE c (
  id int NOT NULL,
  b int DEFAULT NULL,
  x varchar(5) DEFAULT NULL,
  a date DEFAULT NULL,
  PRIMARY KEY (id)
);
