CREATE TABLE m (
  id int NOT NULL,
  n mediumint DEFAULT NULL,
  PRIMARY KEY (id)
);
