CREATE TABLE sess (
  id int NOT NULL,
  secret_token varchar(32) NOT NULL DEFAULT 'x' INVISIBLE,
  PRIMARY KEY (id),
  KEY idx_sess_token (secret_token)
);
