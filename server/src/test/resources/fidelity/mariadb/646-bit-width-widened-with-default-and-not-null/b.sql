CREATE TABLE f (
  id int NOT NULL,
  flags bit(8) NOT NULL DEFAULT b'10100000',
  PRIMARY KEY (id)
);
