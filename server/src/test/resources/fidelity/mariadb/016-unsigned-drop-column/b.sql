CREATE TABLE hits (
  id int NOT NULL,
  PRIMARY KEY (id)
);
