CREATE TABLE users (
  id int NOT NULL AUTO_INCREMENT,
  PRIMARY KEY (id)
);
CREATE TABLE rate_limits (
  user_id int NOT NULL,
  window_start int NOT NULL,
  hits int NOT NULL DEFAULT 0,
  bucket varchar(30) NOT NULL,
  UNIQUE KEY uk_rate_limits_user_window (user_id, window_start) USING BTREE,
  UNIQUE KEY uk_rate_limits_bucket (bucket),
  KEY idx_rate_limits_window (window_start) USING BTREE,
  KEY idx_rate_limits_hits (hits)
) ENGINE=MEMORY;
CREATE TABLE counters (
  id int NOT NULL AUTO_INCREMENT,
  name varchar(30) NOT NULL,
  KEY idx_counters_id (id) USING BTREE
) ENGINE=MEMORY;
