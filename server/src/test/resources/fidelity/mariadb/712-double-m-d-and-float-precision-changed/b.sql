CREATE TABLE m (
  id int NOT NULL,
  a double(12,4) NOT NULL DEFAULT '0.0000',
  b float(30) DEFAULT NULL,
  c float(10,2) unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
