CREATE TABLE t (
  id int NOT NULL,
  kind enum('c','b','a','d') DEFAULT 'd',
  PRIMARY KEY (id),
  KEY kind (kind)
);
