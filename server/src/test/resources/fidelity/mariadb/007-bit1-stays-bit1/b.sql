CREATE TABLE t (
  id int NOT NULL,
  b bit(1) NOT NULL DEFAULT b'1',
  note varchar(10) DEFAULT NULL,
  PRIMARY KEY (id)
);
CREATE TABLE t2 (
  id int NOT NULL,
  b bit(1) DEFAULT b'0',
  PRIMARY KEY (id)
);
