CREATE TABLE t (
  id int NOT NULL,
  x varchar(10) DEFAULT NULL,
  c int DEFAULT NULL,
  y varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
