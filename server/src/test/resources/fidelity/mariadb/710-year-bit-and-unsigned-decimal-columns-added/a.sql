CREATE TABLE cars (
  id int NOT NULL,
  PRIMARY KEY (id)
);
