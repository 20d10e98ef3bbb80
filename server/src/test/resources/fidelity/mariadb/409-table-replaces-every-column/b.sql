CREATE TABLE kv (
  name varchar(40) DEFAULT NULL,
  value text
);
