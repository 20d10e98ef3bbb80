CREATE TABLE measurements (
  id int NOT NULL,
  temp double(10,4) DEFAULT NULL,
  pressure float DEFAULT NULL,
  ratio double DEFAULT 0.25,
  amount decimal(14,4) NOT NULL DEFAULT 0.0000,
  weight decimal(10,3) DEFAULT NULL,
  precise float(30) DEFAULT NULL,
  PRIMARY KEY (id)
);
