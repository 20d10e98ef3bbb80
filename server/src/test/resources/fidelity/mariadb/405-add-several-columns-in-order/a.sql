CREATE TABLE items (
  id int NOT NULL,
  title varchar(50) NOT NULL,
  PRIMARY KEY (id)
);
