CREATE TABLE f (
  id int NOT NULL,
  flags bit(4) DEFAULT b'101',
  PRIMARY KEY (id)
);
