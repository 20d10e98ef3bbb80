CREATE TABLE api_tokens (
  id int NOT NULL AUTO_INCREMENT,
  token char(36) NOT NULL,
  created_at datetime NOT NULL DEFAULT current_timestamp(),
  PRIMARY KEY (id)
);
