CREATE TABLE hist (
  id int NOT NULL,
  clock int NOT NULL,
  PRIMARY KEY (id, clock)
) PARTITION BY HASH (id) PARTITIONS 4;
