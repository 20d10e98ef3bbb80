CREATE TABLE readings (
  id int NOT NULL,
  temp decimal(5,2) NOT NULL DEFAULT 0.00,
  ratio double DEFAULT NULL,
  weight float DEFAULT NULL,
  yr year(4) DEFAULT NULL,
  PRIMARY KEY (id)
);
