CREATE TABLE accounts (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(50) NOT NULL,
  legacy_code varchar(10) DEFAULT NULL INVISIBLE,
  row_version int NOT NULL DEFAULT 1 INVISIBLE,
  updated_at timestamp(6) NOT NULL DEFAULT current_timestamp(6) ON UPDATE current_timestamp(6) INVISIBLE,
  PRIMARY KEY (id),
  KEY idx_legacy (legacy_code)
);
