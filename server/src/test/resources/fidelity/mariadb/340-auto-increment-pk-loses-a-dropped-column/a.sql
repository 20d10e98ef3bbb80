CREATE TABLE jobs (
  id int NOT NULL AUTO_INCREMENT,
  shard int NOT NULL,
  name varchar(40) NOT NULL,
  PRIMARY KEY (id, shard)
);
