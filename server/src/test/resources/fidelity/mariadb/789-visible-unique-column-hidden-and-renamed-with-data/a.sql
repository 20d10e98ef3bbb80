CREATE TABLE tokens (
  id int NOT NULL,
  token char(40) NOT NULL,
  created datetime NOT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY token (token)
);
