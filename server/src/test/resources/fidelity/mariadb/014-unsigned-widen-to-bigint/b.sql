CREATE TABLE hits (
  id int NOT NULL,
  counter bigint unsigned NOT NULL,
  PRIMARY KEY (id)
);
