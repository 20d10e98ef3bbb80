CREATE TABLE names (
  id int NOT NULL,
  last varchar(20) DEFAULT NULL,
  first varchar(30) NOT NULL,
  PRIMARY KEY (id)
);
