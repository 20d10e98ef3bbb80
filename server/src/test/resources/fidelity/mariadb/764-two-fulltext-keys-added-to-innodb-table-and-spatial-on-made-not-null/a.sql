CREATE TABLE places (
  id int NOT NULL,
  name varchar(100) NOT NULL,
  about text,
  tags varchar(255) DEFAULT NULL,
  loc point DEFAULT NULL,
  PRIMARY KEY (id)
) ENGINE=InnoDB;
