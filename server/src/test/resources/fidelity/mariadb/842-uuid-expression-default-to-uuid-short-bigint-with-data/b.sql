CREATE TABLE api_keys (
  id int NOT NULL,
  token char(36) NOT NULL DEFAULT (uuid()),
  short_id bigint unsigned NOT NULL DEFAULT (uuid_short()),
  PRIMARY KEY (id),
  UNIQUE KEY token (token)
);
