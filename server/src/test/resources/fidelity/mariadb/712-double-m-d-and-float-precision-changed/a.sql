CREATE TABLE m (
  id int NOT NULL,
  a double(10,2) DEFAULT NULL,
  b float(7,3) DEFAULT NULL,
  c float DEFAULT NULL,
  PRIMARY KEY (id)
);
