CREATE TABLE sessions (
  id int NOT NULL,
  user_id int NOT NULL,
  expires int NOT NULL,
  token varchar(40) NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_sessions_token (token) USING BTREE,
  KEY idx_sessions_user (user_id),
  KEY idx_sessions_expires (expires) USING BTREE,
  KEY idx_sessions_user_expires (user_id, expires) USING BTREE COMMENT 'range by user'
) ENGINE=MEMORY;
