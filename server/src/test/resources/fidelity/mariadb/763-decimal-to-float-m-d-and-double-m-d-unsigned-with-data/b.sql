CREATE TABLE readings (
  id int NOT NULL,
  temp float(7,3) NOT NULL DEFAULT 0.000,
  ratio double(16,4) unsigned DEFAULT NULL,
  weight decimal(8,3) DEFAULT NULL,
  yr year DEFAULT 2000,
  PRIMARY KEY (id)
);
