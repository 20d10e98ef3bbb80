CREATE TABLE hits (
  id int NOT NULL,
  counter int unsigned DEFAULT NULL,
  PRIMARY KEY (id)
);
