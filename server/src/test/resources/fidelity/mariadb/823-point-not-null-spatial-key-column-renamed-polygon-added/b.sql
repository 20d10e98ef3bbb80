CREATE TABLE stores (
  id int NOT NULL,
  location point NOT NULL,
  area polygon DEFAULT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY loc (location)
) ENGINE=InnoDB;
