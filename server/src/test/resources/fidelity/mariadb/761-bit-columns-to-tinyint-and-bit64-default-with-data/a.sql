CREATE TABLE perms (
  id int NOT NULL,
  flags bit(8) NOT NULL DEFAULT b'00000101',
  active bit(1) NOT NULL DEFAULT b'1',
  mask bit(16) DEFAULT NULL,
  PRIMARY KEY (id)
);
