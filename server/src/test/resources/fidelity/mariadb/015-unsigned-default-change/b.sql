CREATE TABLE hits (
  id int NOT NULL,
  counter int unsigned DEFAULT 3000000000,
  PRIMARY KEY (id)
);
