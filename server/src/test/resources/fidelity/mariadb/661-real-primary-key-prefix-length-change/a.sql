CREATE TABLE invite_token (
  token text NOT NULL,
  username text NOT NULL,
  PRIMARY KEY (token(191)),
  KEY i_invite_token_username (username(191))
);
