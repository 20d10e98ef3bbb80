CREATE TABLE api_tokens (
  id int NOT NULL AUTO_INCREMENT,
  token char(36) NOT NULL DEFAULT uuid(),
  created_at datetime(3) NOT NULL DEFAULT current_timestamp(3),
  valid_from date NOT NULL DEFAULT curdate(),
  expires_at datetime DEFAULT (current_timestamp() + interval 30 day),
  created_by varchar(100) DEFAULT current_user(),
  PRIMARY KEY (id),
  UNIQUE KEY uq_token (token)
);
