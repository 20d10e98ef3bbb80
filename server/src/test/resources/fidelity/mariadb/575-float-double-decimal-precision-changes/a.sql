CREATE TABLE measurements (
  id int NOT NULL,
  temp float(7,3) DEFAULT NULL,
  pressure double DEFAULT NULL,
  ratio float DEFAULT 0.5,
  amount decimal(10,2) NOT NULL DEFAULT 0.00,
  weight decimal(8,3) unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
