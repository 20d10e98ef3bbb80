CREATE TABLE cats (
  id int NOT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE items (
  id int NOT NULL,
  cat int DEFAULT NULL,
  PRIMARY KEY (id)
);
