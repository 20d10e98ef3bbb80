CREATE TABLE kv (
  k1 varchar(20) DEFAULT NULL,
  v1 varchar(20) DEFAULT NULL,
  v2 int DEFAULT NULL
);
