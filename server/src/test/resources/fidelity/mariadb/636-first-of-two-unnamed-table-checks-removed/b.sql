CREATE TABLE r (
  id int NOT NULL,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  PRIMARY KEY (id),
  CHECK (b > 0)
);
