CREATE TABLE events (
  id bigint NOT NULL AUTO_INCREMENT,
  account_id int NOT NULL,
  created_at datetime(6) NOT NULL,
  score int NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY idx_account_created (account_id, created_at),
  KEY idx_score (score) IGNORED
);
