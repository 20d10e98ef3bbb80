CREATE TABLE hits (
  id int NOT NULL,
  counter int unsigned NOT NULL DEFAULT 0,
  PRIMARY KEY (id)
);
