CREATE TABLE k (
  id int NOT NULL,
  b int DEFAULT NULL,
  a int DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_k_a (b)
);
