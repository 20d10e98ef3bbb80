CREATE TABLE events (
  id int NOT NULL,
  acct int NOT NULL,
  payload varchar(100) DEFAULT NULL,
  PRIMARY KEY (id, acct)
) PARTITION BY HASH (acct) PARTITIONS 4;
