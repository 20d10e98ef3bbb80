CREATE TABLE hits (
  id int NOT NULL,
  counter int unsigned DEFAULT 1,
  PRIMARY KEY (id)
);
