CREATE TABLE t (
  id int NOT NULL,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  c int DEFAULT NULL,
  d int DEFAULT NULL,
  PRIMARY KEY (id)
);
