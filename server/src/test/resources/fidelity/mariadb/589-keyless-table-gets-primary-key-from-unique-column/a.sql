CREATE TABLE sessions (
  session_id varchar(64) NOT NULL,
  user_id int DEFAULT NULL,
  payload text,
  UNIQUE KEY uq_session (session_id),
  KEY idx_user (user_id)
);
CREATE TABLE log_lines (
  at datetime NOT NULL,
  line text
);
