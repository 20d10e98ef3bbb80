CREATE TABLE cal (
  id int NOT NULL,
  d date NOT NULL DEFAULT '1970-01-01',
  t time NOT NULL DEFAULT '08:00:00',
  dt datetime(2) DEFAULT '2000-01-01 00:00:00.50',
  y year DEFAULT NULL,
  PRIMARY KEY (id)
);
