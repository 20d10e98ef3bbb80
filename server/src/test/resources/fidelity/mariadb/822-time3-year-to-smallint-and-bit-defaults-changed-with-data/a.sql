CREATE TABLE schedule (
  id int NOT NULL,
  starts time NOT NULL DEFAULT '08:00:00',
  season year(4) NOT NULL DEFAULT 2024,
  flags bit(5) NOT NULL DEFAULT b'10101',
  PRIMARY KEY (id)
);
