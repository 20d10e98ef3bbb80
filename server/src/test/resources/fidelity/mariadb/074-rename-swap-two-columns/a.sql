CREATE TABLE names (
  id int NOT NULL,
  first varchar(20) DEFAULT NULL,
  last varchar(30) NOT NULL,
  PRIMARY KEY (id)
);
