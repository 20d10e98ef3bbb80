CREATE TABLE hits (
  id int NOT NULL,
  counter int DEFAULT NULL,
  PRIMARY KEY (id)
);
