CREATE TABLE sessions (
  id int NOT NULL,
  user_id int NOT NULL,
  expires int NOT NULL,
  token varchar(40) NOT NULL,
  PRIMARY KEY (id),
  KEY idx_sessions_user (user_id) USING BTREE,
  KEY idx_sessions_expires (expires)
) ENGINE=MEMORY;
