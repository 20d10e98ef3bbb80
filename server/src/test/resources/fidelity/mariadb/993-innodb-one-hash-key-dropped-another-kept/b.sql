CREATE TABLE tokens (
  id int NOT NULL,
  secret char(40) NOT NULL,
  label varchar(30) NOT NULL,
  expires datetime DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_tokens_secret (secret) USING HASH
);
