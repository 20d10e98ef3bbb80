CREATE TABLE hits (
  id int NOT NULL,
  counter smallint unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
