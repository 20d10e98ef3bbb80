CREATE TABLE m (
  id int NOT NULL,
  n mediumint NOT NULL,
  PRIMARY KEY (id)
);
