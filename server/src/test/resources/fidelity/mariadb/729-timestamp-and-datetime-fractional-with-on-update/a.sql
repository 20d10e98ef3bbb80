CREATE TABLE t (
  id int NOT NULL,
  created datetime DEFAULT NULL,
  PRIMARY KEY (id)
);
