CREATE TABLE sess (
  id int NOT NULL,
  token varchar(32) DEFAULT 'x' INVISIBLE,
  PRIMARY KEY (id),
  KEY idx_sess_token (token)
);
