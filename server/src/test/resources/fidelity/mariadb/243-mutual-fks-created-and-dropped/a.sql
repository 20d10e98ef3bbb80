CREATE TABLE dept (
  id int NOT NULL,
  name varchar(30) NOT NULL,
  PRIMARY KEY (id)
);
