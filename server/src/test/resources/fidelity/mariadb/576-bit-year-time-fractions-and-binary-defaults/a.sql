CREATE TABLE devices (
  id int NOT NULL,
  flags bit(3) NOT NULL DEFAULT b'101',
  built year DEFAULT NULL,
  opens time DEFAULT NULL,
  seen datetime DEFAULT NULL,
  mac binary(6) DEFAULT NULL,
  PRIMARY KEY (id)
);
