CREATE TABLE regions (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  area polygon NOT NULL,
  parts multipolygon DEFAULT NULL,
  pins geometrycollection DEFAULT NULL,
  PRIMARY KEY (id),
  SPATIAL KEY area (area)
) ENGINE=InnoDB;
