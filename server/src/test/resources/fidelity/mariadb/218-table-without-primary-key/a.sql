CREATE TABLE raw_log (
  ts datetime NOT NULL,
  level varchar(10) NOT NULL,
  msg text
);
CREATE TABLE tags (
  name varchar(20) NOT NULL
);
