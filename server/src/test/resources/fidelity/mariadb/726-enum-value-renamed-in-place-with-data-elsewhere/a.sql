CREATE TABLE t (
  id int NOT NULL,
  kind enum('a','b','c') DEFAULT NULL,
  PRIMARY KEY (id),
  KEY kind (kind)
);
