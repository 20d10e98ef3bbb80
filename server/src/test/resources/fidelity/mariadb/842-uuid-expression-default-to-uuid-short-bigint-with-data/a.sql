CREATE TABLE api_keys (
  id int NOT NULL,
  token char(36) NOT NULL DEFAULT (uuid()),
  PRIMARY KEY (id),
  UNIQUE KEY token (token)
);
