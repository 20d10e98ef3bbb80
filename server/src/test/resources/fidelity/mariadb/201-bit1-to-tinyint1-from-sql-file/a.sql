CREATE TABLE flags (
  id int NOT NULL,
  active bit(1) NOT NULL DEFAULT b'1',
  PRIMARY KEY (id)
);
