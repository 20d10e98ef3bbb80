CREATE TABLE events (
  id int NOT NULL,
  account_id bigint NOT NULL,
  payload varchar(100) DEFAULT NULL,
  PRIMARY KEY (id, account_id)
) PARTITION BY HASH (account_id) PARTITIONS 4;
