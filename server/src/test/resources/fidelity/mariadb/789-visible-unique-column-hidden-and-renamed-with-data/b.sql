CREATE TABLE tokens (
  id int NOT NULL,
  token_hash char(40) NOT NULL DEFAULT '' INVISIBLE,
  created datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id),
  UNIQUE KEY token (token_hash)
);
