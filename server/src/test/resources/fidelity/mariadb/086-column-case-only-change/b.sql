CREATE TABLE tracks (
  id int NOT NULL,
  Name varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
