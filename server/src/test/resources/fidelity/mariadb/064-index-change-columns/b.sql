CREATE TABLE people (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  last varchar(50) DEFAULT NULL,
  first varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  KEY idx_people_name (last, first)
);
