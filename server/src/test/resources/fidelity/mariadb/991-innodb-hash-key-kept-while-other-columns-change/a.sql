CREATE TABLE accounts (
  id int NOT NULL,
  login varchar(32) NOT NULL,
  visits int DEFAULT NULL,
  note varchar(40) DEFAULT NULL,
  PRIMARY KEY (id),
  UNIQUE KEY uk_accounts_login (login) USING HASH
) COMMENT='people who sign in';
