CREATE TABLE cars (
  id int NOT NULL,
  made year DEFAULT NULL,
  flags bit(3) DEFAULT NULL,
  PRIMARY KEY (id)
);
