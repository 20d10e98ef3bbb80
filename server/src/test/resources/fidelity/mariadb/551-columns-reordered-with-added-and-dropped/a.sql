CREATE TABLE people (
  id int NOT NULL,
  legacy_code char(4) DEFAULT NULL,
  last_name varchar(40) NOT NULL,
  first_name varchar(40) NOT NULL,
  born date DEFAULT NULL,
  fax varchar(20) DEFAULT NULL,
  city varchar(40) DEFAULT NULL,
  PRIMARY KEY (id)
);
