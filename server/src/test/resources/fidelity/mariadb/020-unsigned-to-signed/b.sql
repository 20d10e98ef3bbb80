CREATE TABLE hits (
  id int NOT NULL,
  counter smallint DEFAULT NULL,
  PRIMARY KEY (id)
);
