CREATE TABLE hits (
  id int NOT NULL,
  counter int unsigned NOT NULL,
  PRIMARY KEY (id)
);
