CREATE TABLE people (
  first_name varchar(40) NOT NULL,
  id int NOT NULL,
  middle_name varchar(40) DEFAULT NULL,
  last_name varchar(40) NOT NULL,
  city varchar(40) DEFAULT NULL,
  email varchar(100) DEFAULT NULL,
  born date DEFAULT NULL,
  PRIMARY KEY (id)
);
