CREATE TABLE accounts (
  id int NOT NULL,
  login varchar(32) NOT NULL,
  visits bigint DEFAULT NULL,
  note varchar(40) DEFAULT 'none',
  PRIMARY KEY (id),
  UNIQUE KEY uk_accounts_login (login) USING HASH
) COMMENT='accounts that sign in';
