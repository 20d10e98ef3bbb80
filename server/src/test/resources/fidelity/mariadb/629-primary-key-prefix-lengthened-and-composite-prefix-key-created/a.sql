CREATE TABLE kv (
  k varchar(300) NOT NULL,
  v text,
  PRIMARY KEY (k(100))
);
