CREATE TABLE s (
  id int NOT NULL,
  x int DEFAULT NULL CHECK (x >= 0),
  y int DEFAULT NULL,
  PRIMARY KEY (id)
);
