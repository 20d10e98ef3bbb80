CREATE TABLE k (
  id int NOT NULL,
  a int DEFAULT NULL,
  b int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_k_a (a)
);
