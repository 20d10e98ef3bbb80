CREATE TABLE s (
  id int NOT NULL,
  x int DEFAULT NULL,
  y int DEFAULT NULL CHECK (y < 100),
  PRIMARY KEY (id)
);
