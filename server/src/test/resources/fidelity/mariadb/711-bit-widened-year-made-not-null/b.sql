CREATE TABLE cars (
  id int NOT NULL,
  made year NOT NULL DEFAULT 2000,
  flags bit(12) DEFAULT b'0',
  PRIMARY KEY (id)
);
