CREATE TABLE t (
  id int NOT NULL,
  b bit(1) NOT NULL DEFAULT b'1',
  PRIMARY KEY (id)
);
