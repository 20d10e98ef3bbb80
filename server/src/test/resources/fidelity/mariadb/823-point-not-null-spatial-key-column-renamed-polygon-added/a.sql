CREATE TABLE stores (
  id int NOT NULL,
  loc point NOT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY loc (loc)
) ENGINE=InnoDB;
