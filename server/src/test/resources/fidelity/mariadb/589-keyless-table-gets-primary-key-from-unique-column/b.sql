CREATE TABLE sessions (
  session_id varchar(64) NOT NULL,
  user_id int DEFAULT NULL,
  payload text,
  PRIMARY KEY (session_id),
  KEY idx_user (user_id)
);
CREATE TABLE log_lines (
  id bigint unsigned NOT NULL AUTO_INCREMENT,
  at datetime NOT NULL,
  line text,
  PRIMARY KEY (id),
  KEY idx_at (at)
);
