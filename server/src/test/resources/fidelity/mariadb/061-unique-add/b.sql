CREATE TABLE people (
  id int NOT NULL,
  email varchar(100) NOT NULL,
  last varchar(50) DEFAULT NULL,
  first varchar(50) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_people_email (email)
);
