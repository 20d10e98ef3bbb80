CREATE TABLE regions (
  id int NOT NULL,
  name varchar(50) NOT NULL,
  area polygon DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
