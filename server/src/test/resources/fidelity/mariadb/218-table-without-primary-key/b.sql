CREATE TABLE raw_log (
  ts datetime(3) NOT NULL,
  level varchar(10) NOT NULL DEFAULT 'info',
  msg mediumtext,
  host varchar(50) DEFAULT NULL,
  KEY idx_ts (ts)
);
CREATE TABLE tags (
  name varchar(20) NOT NULL,
  UNIQUE KEY uq_name (name)
);
